using Markdig.Extensions.TaskLists;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace Explainer.Content;

/// <summary>A task list item's checkbox and the text after it, rendered as one <c>&lt;label&gt;</c>: the checkbox gets the
/// item's text as its accessible name (a bare disabled checkbox has none), and the markup is what html-validate accepts.</summary>
internal sealed class TaskLabel : ContainerInline
{
    public bool Checked { get; private init; }

    /// <summary>Replaces <paramref name="task"/> with a label that holds the rest of its paragraph.</summary>
    public static void Wrap(TaskList task)
    {
        var label = new TaskLabel { Checked = task.Checked, Span = task.Span, Line = task.Line, Column = task.Column };
        while (task.NextSibling is { } next)
        {
            next.Remove();
            label.AppendChild(next);
        }

        task.ReplaceBy(label);
    }

    public sealed class Renderer : HtmlObjectRenderer<TaskLabel>
    {
        protected override void Write(HtmlRenderer renderer, TaskLabel label)
        {
            renderer.Write("<label class=\"task\"><input type=\"checkbox\" disabled").Write(label.Checked ? " checked>" : ">");
            renderer.WriteChildren(label);
            renderer.Write("</label>");
        }
    }
}
