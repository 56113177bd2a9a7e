extension HTTPRequest {
    /// The body decoded as `application/x-www-form-urlencoded`, the encoding an HTML form
    /// posts by default (HTML §4.10.21.7): the same rules as a query string.
    public var formItems: [(name: String, value: String)] {
        QueryItems.decode(String(decoding: body, as: UTF8.self))
    }

    /// The first decoded value of the form field `name` in the body.
    public func formValue(_ name: String) -> String? {
        formItems.first { $0.name == name }?.value
    }
}
