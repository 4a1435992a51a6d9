using Microsoft.Playwright;

namespace Explainer.BrowserTests;

/// <summary>WCAG 2.2's target size (2.5.8, level AA), measured on the page as a reader's pointer meets it: a target
/// is at least 24 by 24 CSS pixels, or a 24 px circle centred on its bounding box meets no other target and no
/// other small target's circle. A label and the box it labels are one target.</summary>
internal static class TargetSpacing
{
    public const double Minimum = 24;

    private const string Script = """
        ([selector, minimum]) => {
          const interactive = "a[href], button, input:not([type=hidden]), select, textarea, summary, label[for], [tabindex]:not([tabindex='-1'])";
          const shown = e => {
            const r = e.getBoundingClientRect();
            return r.width >= 1 && r.height >= 1 && getComputedStyle(e).visibility !== "hidden";
          };
          const control = e => e.tagName === "LABEL" && e.htmlFor ? (document.getElementById(e.htmlFor) ?? e) : e;
          const describe = e => (e.outerHTML.length > 140 ? e.outerHTML.slice(0, 140) + "…" : e.outerHTML);
          const targets = [...document.querySelectorAll(interactive)].filter(shown).map(e => {
            const r = e.getBoundingClientRect();
            return { e, control: control(e), r, x: r.left + r.width / 2, y: r.top + r.height / 2,
              small: r.width < minimum - 0.01 || r.height < minimum - 0.01 };
          });
          const radius = minimum / 2;
          const meets = (t, r) => {
            const dx = t.x - Math.max(r.left, Math.min(t.x, r.right));
            const dy = t.y - Math.max(r.top, Math.min(t.y, r.bottom));
            return dx * dx + dy * dy < radius * radius - 0.01;
          };
          const measured = new Set([...document.querySelectorAll(selector)]);
          const failures = [];
          let count = 0;
          for (const t of targets.filter(t => measured.has(t.e))) {
            count++;
            if (!t.small) continue;
            const other = targets.find(o => o.control !== t.control
              && (meets(t, o.r) || (o.small && Math.hypot(o.x - t.x, o.y - t.y) < minimum - 0.01)));
            if (other) {
              failures.push(`${describe(t.e)} is ${t.r.width.toFixed(1)}x${t.r.height.toFixed(1)} px and its 24 px circle meets ${describe(other.e)}`);
            }
          }
          return { count, failures };
        }
        """;

    /// <summary>Every shown target matching <paramref name="selector"/> that is too small and too close to another target.</summary>
    public static async Task<(int Count, IReadOnlyList<string> Failures)> MeasureAsync(IPage page, string selector)
    {
        var result = await page.EvaluateAsync<Measurement>(Script, new object[] { selector, Minimum });
        return (result.Count, result.Failures);
    }

    private sealed class Measurement
    {
        public int Count { get; set; }

        public string[] Failures { get; set; } = [];
    }
}
