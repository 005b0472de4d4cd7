namespace ClaimCompare.Quantities;

/// <summary>How precisely a quantity phrase states its number.</summary>
public enum Vagueness
{
    /// <summary>An exact number: "22", "twenty-two", "no one".</summary>
    Exact,

    /// <summary>An exact number with a hedge or a range: "at least 22", "about 900", "10 to 15".</summary>
    Bounded,

    /// <summary>A vague quantifier read through a calibrated interval: "several", "dozens".</summary>
    Vague,
}
