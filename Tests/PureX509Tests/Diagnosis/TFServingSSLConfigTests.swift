import Testing
@testable import PureX509

@Suite("TensorFlow Serving SSLConfig text format")
struct TFServingSSLConfigTests {
    @Test func readsAllFieldsWithLines() throws {
        let text = """
            # TLS for the model server
            server_key: "-----BEGIN PRIVATE KEY-----\\nAAAA\\n-----END PRIVATE KEY-----\\n"
            server_cert: '-----BEGIN CERTIFICATE-----\\n'
              "BBBB\\n-----END CERTIFICATE-----\\n",
            custom_ca: ""
            client_verify: true;
            """
        let config = try TFServingSSLConfig(parsing: text)
        #expect(config.serverKey == .init(value: "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n", line: 2))
        #expect(config.serverCert == .init(value: "-----BEGIN CERTIFICATE-----\nBBBB\n-----END CERTIFICATE-----\n", line: 3))
        #expect(config.customCA == .init(value: "", line: 5))
        #expect(config.clientVerify == true)
    }

    struct EscapeCase: Sendable, CustomStringConvertible {
        let literal: String
        let expected: String
        var description: String { literal }
    }

    @Test(arguments: [
        EscapeCase(literal: #""a\tb""#, expected: "a\tb"),
        EscapeCase(literal: #""\101\x42\u0043""#, expected: "ABC"),
        EscapeCase(literal: #""\'\"\\\?""#, expected: "'\"\\?"),
        EscapeCase(literal: #"'single' "and double""#, expected: "singleand double"),
        EscapeCase(literal: #""\U0001F512""#, expected: "\u{1F512}"),
    ])
    func decodesEscapes(_ testCase: EscapeCase) throws {
        let config = try TFServingSSLConfig(parsing: "server_cert: " + testCase.literal)
        #expect(config.serverCert?.value == testCase.expected)
    }

    struct ErrorCase: Sendable, CustomStringConvertible {
        let text: String
        let line: Int
        let column: Int
        let fragment: String
        var description: String { fragment }
    }

    @Test(arguments: [
        ErrorCase(text: "server_crt: \"x\"", line: 1, column: 1, fragment: "unknown field 'server_crt'"),
        ErrorCase(text: "server_key: \"a\"\nserver_key: \"b\"", line: 2, column: 1, fragment: "more than once"),
        ErrorCase(text: "server_key \"a\"", line: 1, column: 12, fragment: "expected ':'"),
        ErrorCase(text: "server_key: \"abc", line: 1, column: 17, fragment: "unterminated string"),
        ErrorCase(text: "server_key: \"a\nb\"", line: 1, column: 15, fragment: "newline inside a string"),
        ErrorCase(text: "\n\nserver_key: \"\\q\"", line: 3, column: 14, fragment: "invalid escape"),
        ErrorCase(text: "client_verify: yes", line: 1, column: 16, fragment: "expected true or false, found 'yes'"),
        ErrorCase(text: "server_key: 42", line: 1, column: 13, fragment: "expected a quoted string"),
        ErrorCase(text: "server_key: \"\\u12\"", line: 1, column: 14, fragment: "invalid escape"),
    ])
    func reportsErrorsWithLocation(_ testCase: ErrorCase) {
        #expect {
            _ = try TFServingSSLConfig(parsing: testCase.text)
        } throws: { error in
            guard let error = error as? TFServingSSLConfig.ParseError else { return false }
            return error.line == testCase.line && error.column == testCase.column && error.message.contains(testCase.fragment)
        }
    }

    @Test func acceptsEveryBooleanSpelling() throws {
        for (word, value) in [("true", true), ("True", true), ("t", true), ("1", true), ("false", false), ("False", false), ("f", false), ("0", false)] {
            #expect(try TFServingSSLConfig(parsing: "client_verify: \(word)").clientVerify == value)
        }
    }

    @Test func emptyConfigHasNoFields() throws {
        let config = try TFServingSSLConfig(parsing: "# nothing here\n")
        #expect(config.serverKey == nil && config.serverCert == nil && config.customCA == nil && config.clientVerify == nil)
    }
}
