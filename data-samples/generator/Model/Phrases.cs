namespace Satisfaction.Samples.Model;

/// <summary>
/// Comment phrases in the vendors' words, drawn from the programme's consulting report (存在问题 of 服务亲和,
/// 服务用语, 主动营销, 业务处理 and 现场管理) and the roles of a hall (引导岗, 咨询台, 值班经理, 流动导购 …).
/// </summary>
internal static class Phrases
{
    private static readonly Dictionary<string, string[]> ItemProblems = new(StringComparer.OrdinalIgnoreCase)
    {
        ["A1"] = ["引导岗坐姿走样", "咨询台营业员因懈怠导致坐姿走样", "营业员有不自觉的小动作，姿态走样"],
        ["A2"] = ["营业员未佩戴工牌", "流动导购未着工装"],
        ["A3"] = ["营业员仪容不整洁"],
        ["A4"] = ["客户进厅无人目光接触，未微笑"],
        ["A5"] = ["客户到柜台时营业员未起身迎接"],
        ["A6"] = ["单手递接身份证"],
        ["A7"] = ["营业员柜台内玩手机", "两名营业员在台席闲聊", "营业员在台席吃东西"],
        ["B1"] = ["首句未使用“您好”", "未使用“您好”，直接问办什么业务"],
        ["B2"] = ["“请”字使用过少", "请客户出示身份证时未使用“请”"],
        ["B3"] = ["中断服务未说“请稍等”", "返回时未说“让您久等了”"],
        ["B4"] = ["办理完毕未向客户致谢"],
        ["B5"] = ["送别未说“再见”，未提醒带好随身物品"],
        ["B6"] = ["营业员使用方言，语气生硬"],
        ["C1"] = ["未主动询问客户使用情况与需求"],
        ["C2"] = ["未主动推荐宽带", "未推荐适配套餐", "只推荐了终端，未结合客户需求"],
        ["C3"] = ["资费与合约条款解释不清"],
        ["C4"] = ["客户有意向但未主动促成办理"],
        ["C5"] = ["未介绍手机营业厅APP"],
        ["D1"] = ["未核对单据，未请客户签名确认", "误解客户需求，业务办理错误（没有倾听和复述）"],
        ["D2"] = ["常规业务办理超时", "业务不熟练，多次求助值班经理"],
        ["D3"] = ["咨询未一次性告知", "答复不准确，让客户打热线咨询"],
        ["D4"] = ["投诉处理未致歉", "未落实首问负责制", "未告知投诉处理时限"],
        ["D5"] = ["未唱收唱付", "未提供回单"],
        ["E1"] = ["客户进门无人引导分流", "流动导购不在岗"],
        ["E2"] = ["叫号系统故障", "等候超时无人关怀"],
        ["E3"] = ["等候区地面有垃圾", "台席杂乱"],
        ["E4"] = ["叫号屏故障", "自助终端故障未报修", "体验机无法开机"],
        ["E5"] = ["宣传资料过期", "宣传折页缺货"],
        ["V1"] = ["营业员与客户发生争执，使用服务忌语"],
        ["V2"] = ["推诿拒办，让客户去其他营业厅"],
        ["V3"] = ["未经客户同意开通增值业务"],
        ["V4"] = ["营业员当众念出客户身份证号和住址"],
    };

    public static readonly string[] VisitPraise =
    [
        "整体服务规范，值班经理现场巡检到位",
        "流动导购主动迎送，分流及时",
        "营业员业务熟练，解释耐心",
        "服务用语使用规范，客户体验良好",
    ];

    public static readonly string[] SurveyPraise =
    [
        "服务热情，点赞",
        "营业员很专业，办得很快",
        "环境不错，导购很耐心",
        "希望保持",
    ];

    private static readonly Dictionary<string, string[]> QuestionComplaints = new(StringComparer.OrdinalIgnoreCase)
    {
        ["S1"] = ["厅里太吵，座位不够"],
        ["S2"] = ["等候时间太长", "叫号太慢，排了四十分钟"],
        ["S3"] = ["进门没人引导，不知道去哪里取号"],
        ["S4"] = ["营业员态度冷淡", "服务态度不好，爱理不理"],
        ["S5"] = ["营业员业务不熟，问了好几个人"],
        ["S6"] = ["办个业务太慢", "系统老是卡，办理效率低"],
        ["S7"] = ["资费解释不清楚，合约期没讲明白"],
        ["S8"] = ["投诉了没人回复"],
    };

    public static string? ItemProblem(string code, Random random) =>
        ItemProblems.TryGetValue(code, out var phrases) ? random.Pick(phrases) : null;

    public static string? QuestionComplaint(string code, Random random) =>
        QuestionComplaints.TryGetValue(code, out var phrases) ? random.Pick(phrases) : null;
}
