import Benchmark
import BenchmarkHarness
import BenchmarkInputs
import PureX509ASN1
import SwiftASN1

/// Bare DER walk of every certificate: every element's header decoded and checked, no
/// field interpreted. PureX509's `DERReader` walk allocates nothing; `ASN1Node.parseAll`
/// builds a tree; swift-asn1's `DER.parse` builds its node array.
func registerDERWalk() {
    Harness.add("der-walk.bundle.PureX509", setup: { Inputs.bundle.ders }, items: { $0.count }) { ders in
        for der in ders {
            var reader = DERReader(der)
            blackHole(try walk(&reader))
        }
    }
    Harness.add("der-tree.bundle.PureX509", setup: { Inputs.bundle.ders }, items: { $0.count }) { ders in
        for der in ders {
            blackHole(try PureX509ASN1.ASN1Node.parseAll(der))
        }
    }
    Harness.add("der-walk.bundle.swift-asn1", setup: { Inputs.bundle.ders }, items: { $0.count }) { ders in
        for der in ders {
            blackHole(try DER.parse(der))
        }
    }
}

/// Visits every element below the reader's position, descending into constructed ones;
/// returns the element count (so the walk cannot be optimised away).
@inline(never)
func walk(_ reader: inout DERReader) throws -> Int {
    var count = 0
    while !reader.isAtEnd {
        let element = try reader.readElement()
        count &+= 1
        if element.tag.isConstructed {
            count &+= try reader.withContent(of: element) { try walk(&$0) }
        }
    }
    return count
}
