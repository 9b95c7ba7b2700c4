using Satisfaction.Jobs.Reporting;

namespace Satisfaction.Jobs.Tests.Reporting;

// The report pass prepares the next province-period while the current one's workbooks are written: one ahead, in
// order, never two at once, failures where their item is taken, and nothing left running when the caller stops.
public sealed class ReadAheadTests
{
    [Fact]
    public void ItemsComeInOrderEachPreparedOnce()
    {
        var prepared = new List<int>();
        var taken = ReadAhead.Of([1, 2, 3, 4], i =>
        {
            lock (prepared)
            {
                prepared.Add(i);
            }

            return i * 10;
        }).ToList();

        Assert.Equal([10, 20, 30, 40], taken);
        Assert.Equal([1, 2, 3, 4], prepared);
    }

    [Fact]
    public void TheNextItemIsPreparedWhileTheCurrentIsWorkedOnButNotTheOneAfter()
    {
        using var secondStarted = new ManualResetEventSlim();
        var started = new List<int>();
        foreach (var item in ReadAhead.Of([1, 2, 3], i =>
        {
            lock (started)
            {
                started.Add(i);
            }

            if (i == 2)
            {
                secondStarted.Set();
            }

            return i;
        }))
        {
            if (item == 1)
            {
                // The caller is still on item 1: item 2 is prepared meanwhile, item 3 not yet.
                Assert.True(secondStarted.Wait(TimeSpan.FromSeconds(30)));
                lock (started)
                {
                    Assert.Equal([1, 2], started);
                }
            }
        }

        Assert.Equal([1, 2, 3], started);
    }

    [Fact]
    public void AFailureInPreparingIsThrownAsItWasWhereItsItemIsTaken()
    {
        var taken = new List<int>();
        var thrown = Assert.Throws<InvalidDataException>(() =>
        {
            foreach (var item in ReadAhead.Of([1, 2, 3], i => i == 3 ? throw new InvalidDataException("item 3") : i))
            {
                taken.Add(item);
            }
        });

        Assert.Equal("item 3", thrown.Message);
        Assert.Equal([1, 2], taken);
    }

    [Fact]
    public async Task StoppingEarlyWaitsForTheItemBeingPrepared()
    {
        using var release = new ManualResetEventSlim();
        var finished = 0;
        var stop = Task.Run(() =>
        {
            using var items = ReadAhead.Of([1, 2], i =>
            {
                if (i == 2)
                {
                    release.Wait();
                    Interlocked.Exchange(ref finished, 1);
                }

                return i;
            }).GetEnumerator();
            Assert.True(items.MoveNext()); // the caller takes item 1, then fails or stops while item 2 is being prepared
        });

        Assert.NotSame(stop, await Task.WhenAny(stop, Task.Delay(300)));
        release.Set();
        await stop.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(1, Volatile.Read(ref finished));
    }
}
