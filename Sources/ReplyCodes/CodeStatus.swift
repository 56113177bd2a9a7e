/// How firmly a code is established, so a reader knows whether to expect it from any
/// conforming server or only from one vendor, one draft, or old lists.
public enum CodeStatus: String, Sendable, CaseIterable {
    case standard
    case `extension`
    case registryOnly = "registry_only"
    case draft
    case experimental
    case nonStandard = "non_standard"
    case vendor
    case deprecated
}
