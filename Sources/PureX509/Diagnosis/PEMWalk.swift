/// The diagnosis' walk over the blocks of a PEM source, in step with the one reader
/// (``InputContents``): the n-th block (or unframed stretch) the walk meets is the one
/// reader's position n, so the diagnosis takes each certificate, and each reason a block
/// is not one, from the same reader as every other command.
struct PEMWalk {
    let input: InputContents
    private var position = 0
    /// The first certificate the one reader read at each position, and the first problem:
    /// indexed once, so that a bundle of thousands of blocks is not searched per block.
    private let certificates: [Int: Certificate]
    private let problems: [Int: InputProblem]

    init(input: InputContents) {
        self.input = input
        var certificates: [Int: Certificate] = [:]
        for item in input.items where certificates[item.position] == nil {
            if case .certificate(let certificate) = item.content { certificates[item.position] = certificate }
        }
        self.certificates = certificates
        var problems: [Int: InputProblem] = [:]
        for problem in input.unreadable where problems[problem.position] == nil { problems[problem.position] = problem }
        self.problems = problems
    }

    /// The position of the block met now; the walk moves on.
    @discardableResult
    mutating func next() -> Int {
        defer { position += 1 }
        return position
    }

    /// The certificate the one reader read at `position`, if any.
    func certificate(at position: Int) -> Certificate? { certificates[position] }

    /// What the one reader could not read at `position`, if anything.
    func problem(at position: Int) -> InputProblem? { problems[position] }

    /// "tbsCertificate.validity: ... (byte offset 12 of the decoded block)": the field and
    /// reason without the block label the one reader puts first.
    static func describe(_ error: KeyFileError) -> String {
        var context = Substring(error.context)
        if let colon = context.firstIndex(of: ":") { context = context[context.index(after: colon)...].drop { $0 == " " } }
        let field = context.isEmpty ? "" : context + ": "
        return field + error.message + (error.offset.map { " at byte \($0) (byte offset \($0) of the decoded block)" } ?? "")
    }
}
