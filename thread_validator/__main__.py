from ._plain import main

main()
