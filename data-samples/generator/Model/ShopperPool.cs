using System.Globalization;

namespace Satisfaction.Samples.Model;

/// <summary>
/// The vendor's mystery shoppers (访员): five per city, ids like <c>JS-SH-017</c>, each with a leniency bias
/// (some shoppers pass what others fail).
/// </summary>
internal sealed class ShopperPool(int seed)
{
    public const int PerCity = 5;

    private static readonly string[] JiangsuCities =
        ["南京", "无锡", "徐州", "常州", "苏州", "南通", "连云港", "淮安", "盐城", "扬州", "镇江", "泰州", "宿迁"];

    public static string Pick(string city, Random random)
    {
        var index = Array.IndexOf(JiangsuCities, city);
        if (index < 0)
        {
            index = JiangsuCities.Length + Seeds.Hash(0, city) % 50;
        }

        var number = index * PerCity + random.Next(PerCity) + 1;
        return "JS-SH-" + number.ToString("D3", CultureInfo.InvariantCulture);
    }

    public double Leniency(string shopperId) => 0.35 * Seeds.For(seed, "shopper", shopperId).NextGaussian();
}
