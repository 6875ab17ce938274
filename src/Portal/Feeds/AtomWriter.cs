using System.Globalization;
using System.Text;
using System.Xml;
using Portal.Output;

namespace Portal.Feeds;

/// <summary>Writes a feed as Atom (RFC 4287): every text through the XML writer, which escapes it, never into markup by hand.</summary>
public static class AtomWriter
{
    private const string Atom = "http://www.w3.org/2005/Atom";

    private static readonly XmlWriterSettings Settings = new() { Indent = true, NewLineChars = "\n", Encoding = new UTF8Encoding(false) };

    public static OutputFile Write(AtomFeed feed) =>
        OutputFile.Written(feed.Route.Path, stream =>
        {
            using (var writer = XmlWriter.Create(stream, Settings))
            {
                Feed(writer, feed);
            }

            stream.WriteByte((byte)'\n');
        });

    private static void Feed(XmlWriter writer, AtomFeed feed)
    {
        writer.WriteStartDocument();
        writer.WriteStartElement("feed", Atom);
        writer.WriteAttributeString("xml", "lang", null, feed.Language);
        writer.WriteElementString("id", Atom, feed.SelfUrl);
        writer.WriteElementString("title", Atom, feed.Title);
        writer.WriteElementString("updated", Atom, Timestamp(feed.Updated));
        Link(writer, "self", "application/atom+xml", feed.SelfUrl);
        Link(writer, "alternate", "text/html", feed.PageUrl);
        writer.WriteStartElement("author", Atom);
        writer.WriteElementString("name", Atom, feed.Author);
        writer.WriteEndElement();
        foreach (var entry in feed.Entries)
        {
            writer.WriteStartElement("entry", Atom);
            writer.WriteElementString("id", Atom, entry.Id);
            Text(writer, "title", entry.Title, entry.TitleLanguage);
            writer.WriteElementString("updated", Atom, Timestamp(entry.Date));
            Link(writer, "alternate", "text/html", entry.Link);
            if (entry.Summary is not null)
            {
                Text(writer, "summary", entry.Summary, entry.SummaryLanguage);
            }

            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        writer.WriteEndDocument();
    }

    /// <summary>A text construct (plain text, the XML writer escaping it), marked with its language where it is not the feed's.</summary>
    private static void Text(XmlWriter writer, string element, string text, string? language)
    {
        writer.WriteStartElement(element, Atom);
        if (language is not null)
        {
            writer.WriteAttributeString("xml", "lang", null, language);
        }

        writer.WriteString(text);
        writer.WriteEndElement();
    }

    private static void Link(XmlWriter writer, string rel, string type, string href)
    {
        writer.WriteStartElement("link", Atom);
        writer.WriteAttributeString("rel", rel);
        writer.WriteAttributeString("type", type);
        writer.WriteAttributeString("href", href);
        writer.WriteEndElement();
    }

    /// <summary>A day as an Atom date: its start in UTC, since decisions and changes are dated by the day alone.</summary>
    private static string Timestamp(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
}
