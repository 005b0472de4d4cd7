namespace ClaimCompare.Benchmarks.Corpus;

/// <summary>
/// The word lists the corpus generator draws from. They are invented for load generation, broad on
/// purpose (several regions, conflicts and outlets) so that no library rule can be tuned to them, and
/// they carry the variation real reporting has: transliterations, short forms, many voices for one fact.
/// </summary>
/// <remarks>All members are immutable and thread-safe.</remarks>
public static class Vocabulary
{
    /// <summary>Gets the places, with spellings and the region articles name with them.</summary>
    public static IReadOnlyList<NamedThing> Places { get; } =
    [
        NamedThing.Of("northern Iraq", "Erbil", "Irbil", "Arbil"),
        NamedThing.Of("eastern Syria", "Albu Kamal", "Abu Kamal", "al-Bukamal", "Boukamal"),
        NamedThing.Of("eastern Syria", "Deir al-Zour", "Deir ez-Zor", "Deir Ezzor"),
        NamedThing.Of("north-east Syria", "Hasakah", "al-Hasakah", "Hasaka"),
        NamedThing.Of("Iraq", "Baghdad"),
        NamedThing.Of("northern Iraq", "Mosul", "al-Mawsil"),
        NamedThing.Of("northern Iraq", "Kirkuk", "Karkuk"),
        NamedThing.Of("Somalia", "Mogadishu", "Muqdisho"),
        NamedThing.Of("southern Afghanistan", "Kandahar", "Qandahar"),
        NamedThing.Of("eastern Afghanistan", "Jalalabad", "Jalal-Abad"),
        NamedThing.Of("north-east Ukraine", "Kharkiv", "Kharkov"),
        NamedThing.Of("southern Ukraine", "Odesa", "Odessa"),
        NamedThing.Of("north-east Nigeria", "Maiduguri", "Maidugiri"),
        NamedThing.Of("northern Mali", "Gao"),
        NamedThing.Of("central Mali", "Mopti"),
        NamedThing.Of("Yemen", "Sanaa", "Sana'a", "Sana"),
        NamedThing.Of("western Yemen", "Hodeidah", "Hudaydah", "al-Hudaydah"),
        NamedThing.Of("eastern Libya", "Benghazi", "Bengasi"),
        NamedThing.Of("north-west Syria", "Idlib", "Edlib"),
        NamedThing.Of("northern Syria", "Aleppo", "Halab"),
        NamedThing.Of("the southern Gaza Strip", "Khan Younis", "Khan Yunis", "Khan Yunus"),
        NamedThing.Of("south-west Pakistan", "Quetta", "Kwatah"),
        NamedThing.Of("north-west Pakistan", "Peshawar", "Pishawar"),
        NamedThing.Of("eastern Congo", "Goma"),
        NamedThing.Of("eastern Congo", "Beni", "Béni"),
        NamedThing.Of("the southern Philippines", "Marawi", "Marawi City"),
        NamedThing.Of("central Somalia", "Beledweyne", "Beled Weyne", "Belet Weyne"),
        NamedThing.Of("Burkina Faso", "Djibo"),
    ];

    /// <summary>Gets the armed groups, with the spellings and short forms outlets use.</summary>
    public static IReadOnlyList<NamedThing> Groups { get; } =
    [
        NamedThing.Of("Iraq", "Kataib Hezbollah", "Kataeb Hezbollah", "Kata'ib Hizballah", "KH"),
        NamedThing.Of("Iraq and Syria", "Islamic State", "ISIS", "ISIL", "Daesh", "IS"),
        NamedThing.Of("Somalia", "al-Shabaab", "al-Shabab", "Al Shabaab"),
        NamedThing.Of("Nigeria", "Boko Haram"),
        NamedThing.Of("Yemen", "the Houthis", "Ansar Allah", "the Huthis"),
        NamedThing.Of("Afghanistan", "the Taliban"),
        NamedThing.Of("Syria", "Hayat Tahrir al-Sham", "HTS", "Hay'at Tahrir al-Sham"),
        NamedThing.Of("Pakistan", "Tehrik-i-Taliban Pakistan", "TTP", "Tehreek-e-Taliban Pakistan"),
        NamedThing.Of("the Sahel", "JNIM", "Jama'at Nasr al-Islam wal Muslimin"),
        NamedThing.Of("Congo", "M23", "the March 23 Movement"),
        NamedThing.Of("Congo", "the Allied Democratic Forces", "ADF"),
        NamedThing.Of("Iraq", "Asaib Ahl al-Haq", "Asa'ib Ahl al-Haq", "AAH"),
        NamedThing.Of("Iraq", "Saraya Awliya al-Dam", "Saraya Awlia al-Dam"),
    ];

    /// <summary>Gets the organisations that give figures: monitors, agencies, ministries; the detail is how articles describe them.</summary>
    public static IReadOnlyList<NamedThing> Sources { get; } =
    [
        NamedThing.Of("the Britain-based monitor", "Syrian Observatory for Human Rights", "the Syrian Observatory", "SOHR"),
        NamedThing.Of("the conflict monitor", "Airwars"),
        NamedThing.Of("the crisis-mapping project", "ACLED", "the Armed Conflict Location and Event Data Project"),
        NamedThing.Of("the medical charity", "Médecins Sans Frontières", "Medecins Sans Frontieres", "MSF"),
        NamedThing.Of("the aid group", "the International Committee of the Red Cross", "the ICRC", "the Red Cross"),
        NamedThing.Of("the world body", "the United Nations", "the UN"),
        NamedThing.Of("the military", "the US Department of Defense", "the Pentagon", "the Defense Department"),
        NamedThing.Of("the ministry", "the health ministry", "the Ministry of Health"),
        NamedThing.Of("the ministry", "the interior ministry", "the Ministry of Interior"),
        NamedThing.Of("the military", "the army", "the armed forces"),
        NamedThing.Of("the broadcaster", "state television", "state TV"),
        NamedThing.Of("the agency", "the civil defence", "the White Helmets"),
    ];

    /// <summary>Gets people who speak in articles, with transliteration variants; the detail is their role.</summary>
    public static IReadOnlyList<NamedThing> People { get; } =
    [
        NamedThing.Of("a police spokesman", "Mohammed al-Hassan", "Muhammad al-Hasan", "Mohamed al-Hassan"),
        NamedThing.Of("the provincial governor", "Ahmed Rahimi", "Ahmad Rahimi"),
        NamedThing.Of("a military spokesman", "Yusuf Haidari", "Youssef Haydari", "Yousef Haidari"),
        NamedThing.Of("a hospital director", "Omar Diallo", "Umar Diallo"),
        NamedThing.Of("the regional police chief", "Hussein Qureshi", "Husayn Qureishi", "Hussain Qureshi"),
        NamedThing.Of("a ministry spokeswoman", "Olena Kovalenko", "Elena Kovalenko"),
        NamedThing.Of("the district commissioner", "Abdullahi Warsame", "Abdallahi Warsame"),
        NamedThing.Of("a local official", "Khalid Nasser", "Khaled Nasir"),
        NamedThing.Of("an army spokesman", "Chukwuemeka Okonkwo", "Emeka Okonkwo"),
        NamedThing.Of("a rescue worker", "Fatima Zahra Benali", "Fatema Zahra Ben Ali"),
    ];

    /// <summary>Gets unnamed speakers, the way articles hedge a source.</summary>
    public static IReadOnlyList<string> AnonymousSpeakers { get; } =
    [
        "a US defence official", "a security source", "two security officials", "residents", "a local official",
        "medical sources", "a witness", "officials", "a senior commander", "hospital staff", "local media",
    ];

    /// <summary>Gets the outlets that publish the articles.</summary>
    public static IReadOnlyList<string> Outlets { get; } =
    [
        "Reuters", "AFP", "The Associated Press", "BBC News", "Al Jazeera", "The Guardian", "Anadolu Agency", "Xinhua",
        "The National", "Kurdistan24", "Middle East Eye", "Dawn", "Premium Times", "Garowe Online", "The Kyiv Independent",
        "France 24", "Deutsche Welle", "Rudaw", "The New Arab", "Arab News", "The Times of India", "Daily Sabah",
    ];

    /// <summary>Gets the kinds of event, as a canonical trigger and the phrasings articles use.</summary>
    public static IReadOnlyList<NamedThing> Triggers { get; } =
    [
        NamedThing.Of("strike", "air strike", "airstrike", "air raid"),
        NamedThing.Of("attack", "drone attack", "drone strike"),
        NamedThing.Of("attack", "rocket attack", "rocket strike"),
        NamedThing.Of("strike", "missile strike", "missile attack"),
        NamedThing.Of("bombing", "suicide bombing", "suicide attack"),
        NamedThing.Of("bombing", "car bombing", "car bomb attack"),
        NamedThing.Of("blast", "explosion", "blast"),
        NamedThing.Of("attack", "shooting", "gun attack"),
        NamedThing.Of("raid", "raid", "assault"),
        NamedThing.Of("attack", "ambush"),
        NamedThing.Of("attack", "shelling", "artillery attack"),
    ];

    /// <summary>Gets what the dead and wounded are called, as (subject, noun phrase).</summary>
    public static IReadOnlyList<(string Subject, string Noun)> PeopleNouns { get; } =
    [
        ("people", "people"), ("people", "people"), ("civilians", "civilians"), ("fighters", "fighters"),
        ("fighters", "militants"), ("fighters", "militia members"), ("soldiers", "soldiers"), ("police", "police officers"),
        ("service members", "service members"), ("children", "children"), ("workers", "workers"), ("guards", "security guards"),
    ];

    /// <summary>Gets counted things other than people, as (subject, plural noun, verb phrase).</summary>
    public static IReadOnlyList<(string Subject, string Noun, string Verb)> ThingNouns { get; } =
    [
        ("trucks", "trucks", "were destroyed"), ("rockets", "rockets", "were fired"), ("buildings", "buildings", "were damaged"),
        ("facilities", "facilities", "were hit"), ("drones", "drones", "were shot down"), ("homes", "homes", "were flattened"),
    ];

    /// <summary>Gets reporting verbs for "X said".</summary>
    public static IReadOnlyList<string> SaidVerbs { get; } = ["said", "said", "told reporters", "reported", "stated", "announced", "confirmed", "added"];

    /// <summary>Gets the vague quantifiers with the interval the generator's ground truth gives each, in the generator's own calibration.</summary>
    public static IReadOnlyList<(string Phrase, double Low, double High)> VagueWords { get; } =
    [
        ("several", 3, 9), ("a handful of", 2, 6), ("dozens of", 24, 99), ("a few", 2, 5), ("scores of", 40, 199), ("a number of", 2, 20),
    ];

    /// <summary>Gets background and filler sentences: context without casualty figures, some with numbers that are not counts.</summary>
    public static IReadOnlyList<string> Filler { get; } =
    [
        "The area has seen repeated violence since {year0}, when fighting first reached the outskirts of {place}.",
        "Roads into {place} were closed for much of the day, and mobile networks were patchy.",
        "About 40% of the district's population has been displaced at least once, according to aid agencies.",
        "Donors pledged $25 million in emergency assistance at a conference last month.",
        "The 34-year-old commander of the local unit was appointed in {year0}.",
        "Analysts say the group has grown more capable over the past two years.",
        "The government has promised an investigation, though previous inquiries have rarely led to prosecutions.",
        "Diplomats in the capital urged restraint and called for talks to resume.",
        "Markets in {place} reopened the following morning under heavy security.",
        "The highway, known locally as Route 7, links {place} with the border crossing 120km to the south.",
        "Officials gave no timeline for when displaced families might return.",
        "The region has long been contested between rival factions and their foreign backers.",
        "Schools remained closed on {weekday} and a curfew was imposed from 8pm.",
        "Images shared on social media, which could not be independently verified, showed smoke rising over the area.",
        "Aid convoys have been delayed for weeks by checkpoints and damaged bridges.",
        "The attack drew condemnation from neighbouring governments and from the European Union.",
        "Security forces said they had stepped up patrols and set up additional checkpoints.",
        "The hospital, which has 250 beds, said it was struggling to cope with the number of patients.",
        "Reporters were not allowed to visit the site.",
        "The F-16 jets were seen flying low over the city shortly before the blasts, residents said.",
        "Prices of fuel and bread have doubled in {place} since the start of the year, traders say.",
        "The United Nations envoy is due to brief the Security Council on Resolution 2254 next week.",
        "Electricity was cut to large parts of {place} for several hours on {weekday}.",
        "Many families in the area depend on remittances from relatives abroad.",
        "A ceasefire agreed in {year0} collapsed within weeks.",
        "Local authorities declared three days of mourning.",
        "Rights groups have repeatedly called for independent investigations into attacks on civilians.",
        "The neighbourhood lies about 5km from the city centre, near the old bus station.",
        "Funeral prayers were held on {weekday} afternoon at the main mosque.",
        "Officials said the damaged power station would take weeks to repair.",
        "Phone lines to the area were restored late in the evening, allowing relatives to contact each other.",
        "The camp on the edge of {place} hosts families displaced by earlier fighting.",
        "It is the third major attack in the province this year, according to a tally by local journalists.",
        "Visiting the site, the minister promised compensation for families who lost their homes.",
        "Call 112 for emergency assistance, the civil defence posted on its page.",
        "The 2019 agreement between the factions was never fully implemented.",
        "Analysts at the Crisis Group described the situation as fragile.",
        "Traffic on the main road resumed by the afternoon, though checkpoints slowed movement.",
    ];

    /// <summary>Gets English month names, January first.</summary>
    public static IReadOnlyList<string> Months { get; } =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>Gets number words from zero to nineteen.</summary>
    public static IReadOnlyList<string> Units { get; } =
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];

    /// <summary>Gets the words for the tens, twenty to ninety, at index tens.</summary>
    public static IReadOnlyList<string> Tens { get; } =
        ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
}
