extension Links {
    /// The explain page; a paste goes in `?reply=` or a POSTed form, never in the path.
    static func explain() -> String { "/explain" }
}
