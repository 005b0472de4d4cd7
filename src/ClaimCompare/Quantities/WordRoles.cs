namespace ClaimCompare.Quantities;

/// <summary>The roles a lower-case word plays for the recogniser; a word may have several.</summary>
[Flags]
internal enum WordRoles
{
    None = 0,
    Person = 1 << 0,
    Thing = 1 << 1,
    TimeUnit = 1 << 2,
    Clock = 1 << 3,
    Unit = 1 << 4,
    CurrencyWord = 1 << 5,
    CurrencyPrefix = 1 << 6,
    Percent = 1 << 7,
    Month = 1 << 8,
    IdentifierHead = 1 << 9,
    AgeWord = 1 << 10,
    PronounDeterminer = 1 << 11,
    PhraseStart = 1 << 12,
    NumberWord = 1 << 13,
}
