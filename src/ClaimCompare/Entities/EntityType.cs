namespace ClaimCompare.Entities;

/// <summary>What kind of actor, source or place an entity is; matching thresholds depend on it.</summary>
public enum EntityType
{
    /// <summary>Not known.</summary>
    Unknown,

    /// <summary>A non-state armed group or militia: "Kataib Hezbollah", "Islamic State".</summary>
    ArmedGroup,

    /// <summary>A state or its government: "Iran", "the United States".</summary>
    Government,

    /// <summary>A ministry, office, agency or armed force of a state: "the Pentagon", "IRGC".</summary>
    Agency,

    /// <summary>A non-governmental organisation: "Syrian Observatory for Human Rights".</summary>
    Organization,

    /// <summary>A named person.</summary>
    Person,

    /// <summary>A city, region, country as a location, or a site.</summary>
    Place,

    /// <summary>A news outlet or agency.</summary>
    Outlet,
}
