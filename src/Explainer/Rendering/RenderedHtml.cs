namespace Explainer.Rendering;

/// <summary>A layout's output on its way into <c>layouts/base.html</c> as <c>content</c>: written as it is, and
/// copied as bytes when the base layout renders into a <see cref="Utf8Output"/> too.</summary>
internal sealed class RenderedHtml(Utf8Output output)
{
    public Utf8Output Output => output;

    public override string ToString() => output.Text;
}
