using System.Globalization;

namespace ClaimCompare.Events;

/// <summary>
/// What a text says about when an event happened, as far as it says it: a full date, a month and year,
/// a year, or only a weekday. Missing parts are unknown, never guessed.
/// </summary>
/// <remarks>This is an immutable value type and is thread-safe.</remarks>
/// <param name="Year">The year, when known.</param>
/// <param name="Month">The month (1-12), when known.</param>
/// <param name="Day">The day of the month, when known.</param>
/// <param name="Weekday">The day of the week, when known.</param>
internal readonly record struct DateCue(int? Year, int? Month, int? Day, DayOfWeek? Weekday)
{
    /// <summary>Gets a cue that says nothing.</summary>
    public static DateCue None => default;

    // How many days two full dates may differ and still name one event: one for time zones and late-night reports, and
    // one more when either was resolved from a relative word against a page's date, since a syndicated story often carries
    // the day its outlet republished it ("sank yesterday" in a page dated two days after the sinking).
    private const int DaySlack = 1;
    private const int RelativeDaySlack = 2;

    /// <summary>Gets a value indicating whether the day was resolved from a relative word ("yesterday", "on Tuesday") against the document's date, not written as a calendar date.</summary>
    public bool Relative { get; init; }

    /// <summary>
    /// Gets the day of the week the text gives or implies: a calendar date's, or a written weekday; none for a day resolved
    /// from "yesterday" or "today" (which carries no weekday), since that weekday is the page's date's, not the story's.
    /// </summary>
    public DayOfWeek? StatedWeekday => Relative && Weekday is null ? null : Exact?.DayOfWeek ?? Weekday;

    /// <summary>Gets a value indicating whether the cue says nothing.</summary>
    public bool IsEmpty => Year is null && Month is null && Day is null && Weekday is null;

    /// <summary>Gets the full date, when year, month and day are known and valid.</summary>
    public DateOnly? Exact =>
        Year is { } y && Month is { } m && Day is { } d && d >= 1 && d <= DateTime.DaysInMonth(y, m) ? new DateOnly(y, m, d) : null;

    /// <summary>Creates the cue of a full date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The cue, weekday included.</returns>
    public static DateCue Of(DateOnly date) => new(date.Year, date.Month, date.Day, date.DayOfWeek);

    /// <summary>Returns the days two full dates may differ by and still name one event: one, or two when either was resolved from a relative word.</summary>
    /// <param name="relative">Whether either date was resolved from a relative word.</param>
    /// <returns>The slack in days.</returns>
    public static int Slack(bool relative) => relative ? RelativeDaySlack : DaySlack;

    /// <summary>Returns whether both cues can describe the same day, allowing one day for time zones and late-night reports (two for a day resolved from a relative word).</summary>
    /// <param name="other">The other cue.</param>
    /// <returns><see langword="true"/> when nothing the two say contradicts.</returns>
    public bool CompatibleWith(DateCue other)
    {
        var slack = Slack(Relative || other.Relative);
        if (Exact is { } a && other.Exact is { } b)
        {
            return Math.Abs(a.DayNumber - b.DayNumber) <= slack;
        }

        if (Year is { } y1 && other.Year is { } y2 && y1 != y2)
        {
            return false;
        }

        // A month is a month in any year: "last March" is not a June attack, whichever year each is.
        if (Month is { } m1 && other.Month is { } m2 && m1 != m2)
        {
            return false;
        }

        if (Month is { } n1 && other.Month is { } n2 && n1 == n2 && Day is { } d1 && other.Day is { } d2 && Math.Abs(d1 - d2) > slack)
        {
            return false;
        }

        // Weekdays are soft: a lead's weekday is often the day of reporting ("rose to 100 on Tuesday").
        return true;
    }

    /// <summary>Combines two compatible cues, keeping every part either knows.</summary>
    /// <param name="other">The other cue.</param>
    /// <returns>The combined cue.</returns>
    public DateCue Merge(DateCue other)
    {
        // A calendar date is surer than a day resolved from a relative word.
        if (Exact is not null && !(Relative && other.Exact is not null && !other.Relative))
        {
            return this;
        }

        if (other.Exact is not null)
        {
            return other;
        }

        return new DateCue(Year ?? other.Year, Month ?? other.Month, Day ?? other.Day, Weekday ?? other.Weekday) { Relative = Relative && other.Relative };
    }

    /// <inheritdoc/>
    public override string ToString()
    {
        if (Exact is { } exact)
        {
            return exact.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        var parts = new List<string>();
        if (Weekday is { } w)
        {
            parts.Add(w.ToString());
        }

        if (Month is { } m)
        {
            parts.Add(CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(m) + (Day is { } d ? " " + d.ToString(CultureInfo.InvariantCulture) : string.Empty));
        }

        if (Year is { } y)
        {
            parts.Add(y.ToString(CultureInfo.InvariantCulture));
        }

        return string.Join(" ", parts);
    }
}
