namespace Portal.Content.History;

/// <summary>
/// Reads a <c>history</c> and checks it against the keys beside it: its entries in date order, the last one's status
/// the status now, <c>since</c> the first entry's date and <c>until</c> the date it ended. Each disagreement is an
/// error at the key that disagrees, saying which to correct.
/// </summary>
public static class HistoryBinder
{
    /// <param name="keys">The relationship's, or the member's, keys.</param>
    /// <param name="status">The status now, as bound; null when it is not known (a membership without an end).</param>
    /// <param name="what">What the history is of, for messages: "relationship" or "membership".</param>
    /// <param name="statusKey">The key that gives the status now: <c>status</c>, or for a membership <c>until</c>.</param>
    /// <param name="translation">When binding another language than the original's: the translation, whose history gives notes by date.</param>
    public static IReadOnlyList<HistoryEntry> Bind(KeyReader keys, RelationshipStatus? status, PartialDate? since, PartialDate? until, string what, string statusKey, TranslationInput? translation, BindingContext context)
    {
        var entries = new List<(HistoryEntry Entry, KeyReader Keys)>();
        var complete = true;
        foreach (var mapping in keys.MappingList(HistoryKey.Name, HistoryKey.Example))
        {
            var entry = new KeyReader(mapping, HistoryKey.EntryKeys, context.Diagnostics);
            var date = entry.RequiredPartialDate("date");
            DateChecks.WarnIfInFuture(entry, "date", date, "when the status changed", "an entry is a change that has happened; correct the date, and write a planned change in the text", context);
            var entryStatus = entry.RequiredEnum<RelationshipStatus>("status");
            var decision = entry.OptionalScalar("decision") is { } slug && context.Catalog.CheckDecision(slug, context.Diagnostics) ? slug.Text.Trim() : null;
            var note = entry.OptionalString("note");
            if (date is null || entryStatus is null)
            {
                complete = false;
                continue;
            }

            entries.Add((new HistoryEntry(date.Value, entryStatus.Value, decision, note), entry));
        }

        // An entry that could not be read is reported already; checking the rest against the keys would guess.
        if (complete && entries.Count > 0)
        {
            CheckOrder(entries, context);
            CheckAgainstKeys(keys, entries, (status, statusKey), since, until, what, context);
        }

        if (translation is not null && complete)
        {
            Translate(entries, translation, context);
        }

        // Most files give no history: they share the one empty list, as a record left without the key does.
        return entries.Count == 0 ? [] : [.. entries.Select(e => e.Entry)];
    }

    /// <summary>
    /// Gives each entry the translation's note for its date, or marks the original's note with the original's
    /// language. The k-th translated entry of a date belongs to the original's k-th entry of that date.
    /// </summary>
    private static void Translate(List<(HistoryEntry Entry, KeyReader Keys)> entries, TranslationInput translation, BindingContext context)
    {
        var notes = new Dictionary<int, string?>();
        if (translation.Keys?.Find(HistoryKey.Name) is not null)
        {
            // The translation's other keys are checked where it is read; here only its history is.
            var translated = new KeyReader(translation.Keys, translation.Keys.Entries.Select(e => e.Key.Text).ToList(), context.Diagnostics);
            foreach (var mapping in translated.MappingList(HistoryKey.Name, "date: 1949, note: …"))
            {
                foreach (var fact in mapping.Entries.Where(e => HistoryKey.EntryKeys.Any(k => k.Name == e.Key.Text) && !HistoryKey.TranslatedEntryKeys.Any(k => k.Name == e.Key.Text)))
                {
                    context.Diagnostics.Error(
                        DiagnosticCodes.TranslatedFact,
                        fact.Key.Location,
                        $"'{fact.Key.Text}' cannot differ between languages: set it in the original's history only; a translation's history gives each entry's date and its note");
                }

                var entry = new KeyReader(mapping, HistoryKey.EntryKeys, context.Diagnostics);
                if (entry.RequiredPartialDate("date") is not { } date)
                {
                    continue;
                }

                var sameDate = notes.Keys.Count(i => entries[i].Entry.Date.CompareTo(date) == 0);
                var original = entries.Select((e, i) => (e.Entry.Date, Index: i)).Where(e => e.Date.CompareTo(date) == 0).Skip(sameDate).Select(e => (int?)e.Index).FirstOrDefault();
                if (original is { } index)
                {
                    notes[index] = entry.OptionalString("note");
                }
                else
                {
                    context.Diagnostics.Error(
                        DiagnosticCodes.HistoryDisagrees,
                        entry.LocationOf("date"),
                        $"the original's history has {sameDate switch { 0 => "no entry", 1 => "only 1 entry", _ => $"only {sameDate} entries" }} dated {date}: a translation gives the notes of the original's entries, each under the date it has there");
                }
            }
        }

        for (var i = 0; i < entries.Count; i++)
        {
            var (entry, keys) = entries[i];
            entries[i] = (notes.TryGetValue(i, out var note) && note is not null
                ? entry with { Note = note }
                : entry with { NoteLanguage = entry.Note is null ? null : translation.OriginalLanguage }, keys);
        }
    }

    private static void CheckOrder(List<(HistoryEntry Entry, KeyReader Keys)> entries, BindingContext context)
    {
        for (var i = 1; i < entries.Count; i++)
        {
            var (previous, current) = (entries[i - 1].Entry.Date, entries[i].Entry.Date);
            if (current.CompareTo(previous) < 0)
            {
                context.Diagnostics.Error(
                    DiagnosticCodes.HistoryDisagrees,
                    entries[i].Keys.LocationOf("date"),
                    $"the history's entries must be in date order, but {current} comes after {previous}: move this entry before the one dated {previous}, or correct the date");
            }
        }
    }

    private static void CheckAgainstKeys(KeyReader keys, List<(HistoryEntry Entry, KeyReader Keys)> entries, (RelationshipStatus? Now, string Key) status, PartialDate? since, PartialDate? until, string what, BindingContext context)
    {
        var (first, last) = (entries[0].Entry, entries[^1]);
        if (status.Now is { } now && last.Entry.Status != now)
        {
            context.Diagnostics.Error(
                DiagnosticCodes.HistoryDisagrees,
                last.Keys.LocationOf("status"),
                $"the history ends in '{KebabName.Of(last.Entry.Status)}', but the {what}'s status is '{KebabName.Of(now)}': the last entry is the status now; add an entry for the change to '{KebabName.Of(now)}', or correct '{status.Key}'");
        }

        if (since is { } start && start.CompareTo(first.Date) != 0)
        {
            context.Diagnostics.Error(
                DiagnosticCodes.HistoryDisagrees,
                keys.LocationOf("since"),
                $"'since' ({start}) does not agree with the history, whose first entry is dated {first.Date}: write the same date in both, or leave 'since' out");
        }

        if (entries.LastOrDefault(e => e.Entry.Status == RelationshipStatus.Ended).Entry is { } ended)
        {
            if (until is { } end && end.CompareTo(ended.Date) != 0)
            {
                context.Diagnostics.Error(
                    DiagnosticCodes.HistoryDisagrees,
                    keys.LocationOf("until"),
                    $"'until' ({end}) does not agree with the history, which says the {what} ended {ended.Date}: write the same date in both");
            }
            else if (until is null && keys.IsUnknown("until"))
            {
                context.Diagnostics.Error(
                    DiagnosticCodes.HistoryDisagrees,
                    keys.LocationOf("until"),
                    $"'until' is unknown, but the history says the {what} ended {ended.Date}: write 'until: {ended.Date}'");
            }
        }
    }
}
