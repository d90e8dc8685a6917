from eventscribe.cli import main

main()
