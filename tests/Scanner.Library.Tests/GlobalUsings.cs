global using Xunit;
global using Scanner.Tests.Shared;
