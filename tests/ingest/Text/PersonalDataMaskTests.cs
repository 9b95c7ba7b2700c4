using Satisfaction.Ingest.Text;

namespace Satisfaction.Ingest.Tests.Text;

public sealed class PersonalDataMaskTests
{
    [Theory]
    [InlineData("客户电话13812345678投诉", "客户电话138****5678投诉")]
    [InlineData("13812345678", "138****5678")]
    [InlineData("身份证320102199001011234已核对", "身份证320102********1234已核对")]
    [InlineData("证件号32010219900101123X", "证件号320102********123X")]
    [InlineData("工单号 123456789012 不是手机号", "工单号 123456789012 不是手机号")]
    [InlineData("编号 0250101 保留", "编号 0250101 保留")]
    [InlineData("23812345678 不以1开头", "23812345678 不以1开头")]
    [InlineData("", "")]
    public void PhoneAndIdCardNumbersAreMaskedAndNothingElse(string text, string expected) =>
        Assert.Equal(expected, PersonalDataMask.Mask(text));

    [Theory]
    [InlineData("客户电话+86 139-1234-5678请回电", "客户电话+86 139-****-5678请回电")]
    [InlineData("+8613912345678", "+86139****5678")]
    [InlineData("(+86)139 1234 5678", "(+86)139 **** 5678")]
    [InlineData("0086-13912345678", "0086-139****5678")]
    [InlineData("139-1234-5678", "139-****-5678")]
    [InlineData("电话１３９１２３４５６７８", "电话１３９****５６７８")]
    [InlineData("身份证３２０１０２１９９００１０１１２３Ｘ", "身份证３２０１０２********１２３Ｘ")]
    [InlineData("老身份证320102900101123已登记", "老身份证320102*****1123已登记")]
    [InlineData("老身份证３２０１０２９００１０１１２３", "老身份证３２０１０２*****１１２３")]
    public void TheWaysVendorsWriteNumbersOnChineseWindowsAreMaskedToo(string text, string expected) =>
        Assert.Equal(expected, PersonalDataMask.Mask(text));

    [Theory]
    [InlineData("订单号 320102901301123")]
    [InlineData("流水 123456789012345")]
    [InlineData("1391234567890")]
    [InlineData("2026-07-05 10:30 共 3 人")]
    public void NumbersThatAreNeitherAMobileNorAnIdCardStay(string text) =>
        Assert.Equal(text, PersonalDataMask.Mask(text));

    [Fact]
    public void NullStaysNull() => Assert.Null(PersonalDataMask.Mask(null));
}
