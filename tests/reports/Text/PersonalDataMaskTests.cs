using Satisfaction.Reports.Text;

namespace Satisfaction.Reports.Tests.Text;

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

    [Fact]
    public void NullStaysNull() => Assert.Null(PersonalDataMask.Mask(null));
}
