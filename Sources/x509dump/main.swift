// x509dump: read certificates, keys and containers; explain what is wrong with them.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

ProcessLimits.apply()
exit(X509Dump.run(Array(ProcessLimits.arguments().dropFirst())))
