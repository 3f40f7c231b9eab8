using System;
using System.Text;

namespace NewsFacts.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        try
        {
            Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        }
        catch (System.IO.IOException)
        {
            // No console to configure (redirected output on some platforms): keep the default.
        }

        return NewsFactsCommand.Run(args, Console.Out, Console.Error);
    }
}
