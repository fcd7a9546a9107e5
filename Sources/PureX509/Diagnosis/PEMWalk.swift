/// The diagnosis' walk over the blocks of a PEM source, in step with the one reader
/// (``InputContents``): the n-th block (or unframed stretch) the walk meets is the one
/// reader's position n, so the diagnosis takes each certificate, and each reason a block
/// is not one, from the same reader as every other command.
struct PEMWalk {
    let input: InputContents
    private var position = 0
    /// What the one reader read first at each position, and its first problem there:
    /// indexed once, so that a bundle of thousands of blocks is not searched per block.
    private let contents: [Int: InputContents.Content]
    private let problems: [Int: InputProblem]

    init(input: InputContents) {
        self.input = input
        var contents: [Int: InputContents.Content] = [:]
        for item in input.items where contents[item.position] == nil { contents[item.position] = item.content }
        self.contents = contents
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

    /// What the one reader read at `position`, if anything.
    func content(at position: Int) -> InputContents.Content? { contents[position] }

    /// The certificate the one reader read at `position`, if any.
    func certificate(at position: Int) -> Certificate? {
        if case .certificate(let certificate)? = content(at: position) { return certificate }
        return nil
    }

    /// The private key block at `position` as the one reader read it (the key, or why not),
    /// its BEGIN line being `line` of the file.
    func key(at position: Int, line: Int?) -> SourceContents.KeyEntry {
        SourceContents.KeyEntry(line: line, content: content(at: position), problem: problem(at: position)?.error)
    }

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
