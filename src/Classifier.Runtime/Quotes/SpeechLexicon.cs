using System.Collections.Frozen;

namespace Classifier.Runtime.Quotes;

/// <summary>Word lists: speech verbs (several languages), social platforms, titles, pronouns and stop words.</summary>
internal static class SpeechLexicon
{
    private static readonly FrozenSet<string> SpeechVerbs = Set(
        "said", "says", "say", "stated", "states", "argued", "argues", "warned", "warns", "added", "adds", "told",
        "tells", "insisted", "insists", "noted", "notes", "explained", "explains", "wrote", "writes", "commented",
        "comments", "declared", "declares", "asked", "asks", "replied", "replies", "responded", "responds",
        "remarked", "continued", "concluded", "claimed", "claims", "announced", "admitted", "acknowledged",
        "recalled", "urged", "cautioned", "countered", "conceded", "emphasised", "emphasized", "stressed",
        "observed", "suggested", "predicted", "vowed", "shouted", "joked", "quipped", "tweeted", "posted",
        "retweeted", "replied", "read", "called", "described", "summed", "told", "testified", "pleaded",
        "dijo", "afirmó", "declaró", "señaló", "explicó", "añadió", "aseguró", "advirtió", "agregó", "indicó",
        "afirmou", "disse", "declarou", "explicou", "acrescentou", "detto", "dichiarato", "affermato", "spiegato",
        "sagte", "erklärte", "betonte", "meinte", "sagt", "déclaré", "dit", "affirmé", "expliqué", "ajouté",
        "déclare", "affirme", "kata", "katanya", "ujar", "ujarnya", "заявил", "заявила", "сказал", "сказала",
        "отметил", "отметила", "написал", "написала", "добавил", "добавила", "пояснил", "пояснила", "признал",
        "comentó", "respondió", "reconoció", "insistió", "subrayó", "lamentó", "escribió", "comentou", "contou",
        "ressaltou", "escreveu", "scritto", "aggiunto", "zei", "zegt", "verklaarde", "schreef", "schrieb", "écrit",
        "posté", "publié", "souligné", "estime", "postou", "publicou", "publicó", "pubblicato");

    private static readonly FrozenSet<string> SocialVerbs = Set("tweeted", "posted", "retweeted", "tooted", "reposted");

    private static readonly FrozenSet<string> Platforms = Set(
        "twitter", "facebook", "instagram", "tiktok", "threads", "bluesky", "mastodon", "linkedin", "reddit",
        "youtube", "telegram", "weibo", "snapchat");

    private static readonly FrozenSet<string> Auxiliaries = Set(
        "has", "had", "have", "was", "were", "is", "will", "would", "also", "later", "then", "again", "previously",
        "earlier", "once", "simply", "just", "ha", "a", "hat", "hatte", "ont", "han", "ha", "hanno", "tem", "têm");

    private static readonly FrozenSet<string> Pronouns = Set(
        "he", "she", "él", "ella", "er", "sie", "il", "elle", "ele", "ela", "lui", "lei", "он", "она", "dia", "beliau");

    private static readonly FrozenSet<string> Titles = Set(
        "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sen", "senator", "rep", "representative", "gov",
        "governor", "mayor", "president", "judge", "justice", "minister", "secretary", "chairman", "chairwoman",
        "chair", "director", "commissioner", "chancellor", "premier", "sir", "dame", "lord", "lady", "rev",
        "reverend", "father", "sister", "gen", "general", "col", "colonel", "lt", "capt", "captain", "sgt",
        "sergeant", "officer", "detective", "sheriff", "coach", "chief", "leader", "spokesperson", "spokesman",
        "spokeswoman", "provost", "dean", "councillor", "councilman", "councilwoman", "ambassador", "king",
        "queen", "prince", "princess", "pope", "speaker", "former", "acting", "deputy", "vice", "prime",
        "attorney", "st", "herr", "frau", "señor", "señora", "sr", "sra", "don", "doña", "m", "mme", "dott");

    private static readonly FrozenSet<string> CapitalizedStopWords = Set(
        "the", "a", "an", "in", "on", "at", "for", "but", "and", "or", "as", "by", "with", "from", "to", "of",
        "after", "before", "during", "while", "when", "if", "this", "that", "these", "those", "it", "its", "he",
        "she", "they", "we", "i", "you", "his", "her", "their", "our", "my", "your", "one", "another", "some",
        "many", "most", "all", "no", "not", "user", "supporter", "critic", "meanwhile", "conversely", "lastly",
        "however", "still", "also", "instead", "separately", "earlier", "later", "finally", "moreover",
        "similarly", "yet", "so", "then", "there", "here", "according", "asked", "speaking", "writing", "el",
        "la", "los", "las", "le", "les", "der", "die", "das", "il", "lo", "o", "os", "as", "um", "uma");

    private static readonly FrozenSet<string> Abbreviations = Set(
        "dr.", "mr.", "mrs.", "ms.", "prof.", "sen.", "rep.", "gov.", "gen.", "col.", "lt.", "capt.", "sgt.",
        "st.", "jr.", "sr.", "rev.", "no.", "vs.", "u.s.", "u.k.", "a.m.", "p.m.", "e.g.", "i.e.", "mt.", "ft.");

    /// <summary>True for a verb that reports speech ("said", "dijo", "заявил").</summary>
    public static bool IsSpeechVerb(string word) => SpeechVerbs.Contains(word);

    /// <summary>True for a verb that implies a social-network post ("tweeted", "posted").</summary>
    public static bool IsSocialVerb(string word) => SocialVerbs.Contains(word);

    /// <summary>True for a word that names a social network.</summary>
    public static bool IsPlatform(string word) => Platforms.Contains(word);

    /// <summary>True for an auxiliary or adverb that may sit between a speaker and the speech verb.</summary>
    public static bool IsAuxiliary(string word) => Auxiliaries.Contains(word);

    /// <summary>True for a third-person singular pronoun that should be resolved to a named person.</summary>
    public static bool IsPronoun(string word) => Pronouns.Contains(word);

    /// <summary>True for a title or role word that may precede a name ("Dr.", "Mayor", "Sgt.").</summary>
    public static bool IsTitle(string word) => Titles.Contains(word.TrimEnd('.'));

    /// <summary>True for a capitalised function word that does not start a name ("The", "However").</summary>
    public static bool IsCapitalizedStopWord(string word) => CapitalizedStopWords.Contains(word);

    /// <summary>True when the raw token is an abbreviation whose period does not end a sentence.</summary>
    public static bool IsAbbreviation(string raw)
    {
        string lower = raw.TrimStart('(', '[').ToLowerInvariant();
        if (Abbreviations.Contains(lower))
        {
            return true;
        }

        // Initials such as "J." or "J.D.".
        return lower.Length is >= 2 and <= 4 && lower[^1] == '.' && char.IsLetter(lower[0])
            && lower.Split('.', StringSplitOptions.RemoveEmptyEntries).All(p => p.Length == 1);
    }

    private static FrozenSet<string> Set(params string[] words) =>
        words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
