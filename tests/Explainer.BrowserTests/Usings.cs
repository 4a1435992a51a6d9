global using Xunit;

// Every test here drives Chromium against a built site: a system test, left out of the daily run (README, Tests).
[assembly: AssemblyTrait("Category", "Slow")]
