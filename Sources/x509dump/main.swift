// x509dump: entry point. Subcommands are added as the library grows.
print("x509dump: no subcommands yet")
