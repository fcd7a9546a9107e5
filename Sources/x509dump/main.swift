// x509dump: read certificates, keys and containers; explain what is wrong with them.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

exit(X509Dump.run(Array(CommandLine.arguments.dropFirst())))
