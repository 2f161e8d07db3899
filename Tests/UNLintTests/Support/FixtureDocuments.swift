/// Small UN-style documents shared by the report and CLI tests.
enum FixtureDocuments {
    static let header = """
        United Nations
        A/HRC/55/1
        General Assembly
        Distr.: General
        12 January 2024

        Original: English

        Human Rights Council
        Fifty-fifth session


        """

    /// Chapters I and II, sections A and B, paragraphs 1 to 4 (line 12 onwards).
    static let clean = header + """
        # I. Introduction

        1. The Human Rights Council held its fifty-fifth session at the United Nations Office at Geneva.

        2. The session was opened by the President of the Council.

        # II. Organization of the session

        ## A. Attendance

        3. The session was attended by representatives of States members of the Council.

        ## B. Election of officers

        4. The Council elected its Bureau.

        """

    /// Paragraph 3 numbered 4 (line 22, an error related to paragraph 2 on line
    /// 16) and the heading of section B in bold (line 24, a warning).
    static let findings = clean
        .replacingOccurrences(of: "3. The session was attended", with: "4. The session was attended")
        .replacingOccurrences(of: "4. The Council elected", with: "5. The Council elected")
        .replacingOccurrences(of: "## B. Election of officers\n", with: "## **B. Election of officers**\n")
}
