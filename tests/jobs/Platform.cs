// These tests run the program as child processes on Linux (setpriv, Unix file modes, SIGKILL).
[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]
