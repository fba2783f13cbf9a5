using PortfolioAnalytics.Dashboard.Commands;

return await PortfolioCli.Root().Parse(args).InvokeAsync();
