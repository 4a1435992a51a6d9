namespace Explainer.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}
