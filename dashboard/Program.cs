using PortfolioAnalytics.Dashboard.Commands;
using PortfolioAnalytics.Etl.Loading;

try
{
    return await PortfolioCli.Root().Parse(args).InvokeAsync();
}
catch (Exception e) when (MemoryBudget.IsOutOfMemory(e))
{
    // Anywhere an out-of-memory escapes (a document, a query): a message, never a bare crash. Every write to the
    // warehouse is one transaction, so what was under way is rolled back.
    Console.Error.WriteLine(MemoryBudget.OutOfMemoryMessage);
    return 3;
}
