namespace ReviewLint.Cli.Tests.Infrastructure;

/// <summary>Report texts written for these tests, in the register of a branch's review material.</summary>
public static class Samples
{
    /// <summary>No defect any rule should report.</summary>
    public const string Clean =
        "青山村党支部组织生活会对照检查材料\n" +
        "一、存在的问题\n" +
        "（一）理论学习方面。支部集中学习安排不够紧凑，个别党员学用结合不够。\n" +
        "二、整改措施\n" +
        "（一）加强理论学习。每月开展一次集中学习，推动学习成果转化为工作成效。\n";

    /// <summary>Line 3 has 还还 (RL3001, column 15) and line 4 has 钢性 (RL2001, column 15), both with a safe fix.</summary>
    public const string WithDefects =
        "青山村党支部组织生活会对照检查材料\n" +
        "一、存在的问题\n" +
        "（一）理论学习方面。思想斗争还还不够经常，个别党员学用结合不够。\n" +
        "（二）制度执行方面。制度执行钢性不足，督促检查不够到位。\n" +
        "二、整改措施\n" +
        "（一）加强理论学习。每月开展一次集中学习。\n";

    /// <summary><see cref="WithDefects"/> after its safe fixes.</summary>
    public const string WithDefectsFixed =
        "青山村党支部组织生活会对照检查材料\n" +
        "一、存在的问题\n" +
        "（一）理论学习方面。思想斗争还不够经常，个别党员学用结合不够。\n" +
        "（二）制度执行方面。制度执行刚性不足，督促检查不够到位。\n" +
        "二、整改措施\n" +
        "（一）加强理论学习。每月开展一次集中学习。\n";
}
