namespace Explainer.Cli.Commands;

internal static class ExitCodes
{
    public const int Success = 0;
    public const int Content = 1;
    public const int Usage = 2;
}
