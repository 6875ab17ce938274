namespace Portal.Tests.Binding;

/// <summary>Rules for single keys, each reported at the line and column of the key or value (beyond Fixtures/BadContent).</summary>
public sealed class ValidationTests
{
    private const string Vanda = "partners/huddinge/vanda.md";

    [Test]
    public void An_invalid_status_lists_the_valid_values() =>
        Assert.That(ContentModel.LoadWithLine(Vanda, 7, "status: avslutad").Lines, Is.EqualTo(new[]
        {
            "partners/huddinge/vanda.md:7:9: error PT0007: 'avslutad' is not a valid value for 'status'; did you mean 'ended'? (values are written in English) valid values: active, sporadic, dormant, ended",
        }));

    [Test]
    public void An_enum_value_in_the_wrong_case_suggests_the_right_one() =>
        Assert.That(ContentModel.LoadWithLine("municipalities/vanersborg.md", 4, "kind: Region").Lines, Is.EqualTo(new[]
        {
            "municipalities/vanersborg.md:4:7: error PT0007: 'Region' is not a valid value for 'kind'; did you mean 'region'? valid values: municipality, region",
        }));

    [Test]
    public void Each_wrong_item_of_a_list_is_reported_at_the_item() =>
        Assert.That(ContentModel.LoadWithLine(Vanda, 10, "areas: [culture, sport, educaton]").Lines, Is.EqualTo(new[]
        {
            "partners/huddinge/vanda.md:10:18: error PT0007: 'sport' is not a valid value for 'areas'; valid values: culture, education, business, democracy, leisure, tourism, environment, health, social, urban-planning, youth, other",
            "partners/huddinge/vanda.md:10:25: error PT0007: 'educaton' is not a valid value for 'areas'; did you mean 'education'? valid values: culture, education, business, democracy, leisure, tourism, environment, health, social, urban-planning, youth, other",
        }));

    [Test]
    public void A_single_value_where_a_list_is_expected_is_a_list_of_one()
    {
        var model = ContentModel.LoadWithLine(Vanda, 10, "areas: culture");
        Assert.That(model.Lines, Is.Empty, model.Report);
        Assert.That(model.In("sv").Relationships.Single().Areas, Is.EqualTo(new[] { CooperationArea.Culture }));
    }

    [Test]
    public void A_map_where_a_list_is_expected_is_a_wrong_type() =>
        Assert.That(ContentModel.LoadWithLine(Vanda, 10, "areas: {culture: yes}").Lines, Is.EqualTo(new[]
        {
            "partners/huddinge/vanda.md:10:8: error PT0008: 'areas' must be a list (- item), not a map",
        }));

    [Test]
    public void A_location_written_as_text_is_a_wrong_type() =>
        Assert.That(ContentModel.LoadWithLine("municipalities/huddinge.md", 3, "location: 59.24, 17.98").Lines, Is.EqualTo(new[]
        {
            "municipalities/huddinge.md:3:11: error PT0008: 'location' must be written {lat: 58.38, lon: 12.32}",
        }));

    [Test]
    public void Decimal_commas_in_a_location_are_an_error_at_each_stray_key_with_the_number_written_right()
    {
        var model = ContentModel.LoadWithLine("municipalities/huddinge.md", 3, "location: {lat: 59,24, lon: 17,98}");
        Assert.That(model.Lines, Is.EqualTo(new[]
        {
            "municipalities/huddinge.md:3:20: error PT0010: a decimal comma splits 'lat' into 59 and a key '24'; write 'lat: 59.24', with a decimal point",
            "municipalities/huddinge.md:3:32: error PT0010: a decimal comma splits 'lon' into 17 and a key '98'; write 'lon: 17.98', with a decimal point",
        }));
        Assert.That(model.In("sv").Municipalities.Select(m => m.Slug), Does.Not.Contain("huddinge"), "a point put in the wrong place is not used");
    }

    [Test]
    public void A_decimal_comma_is_an_error_in_every_location_a_file_gives()
    {
        // A relationship's position and a network's seat are read by the same reader as a municipality's.
        using var content = new TempContent();
        content.WithLine(Vanda, 5, "location: {lat: 61,77, lon: 23,07}")
            .WithLine("networks/nordiska-vanortskedjan.md", 4, "country: DK\nlocation: {lat: -55,68, lon: 12.57}");
        Assert.That(ContentModel.Load(content).Lines, Is.EqualTo(new[]
        {
            "networks/nordiska-vanortskedjan.md:5:21: error PT0010: a decimal comma splits 'lat' into -55 and a key '68'; write 'lat: -55.68', with a decimal point",
            "partners/huddinge/vanda.md:5:20: error PT0010: a decimal comma splits 'lat' into 61 and a key '77'; write 'lat: 61.77', with a decimal point",
            "partners/huddinge/vanda.md:5:32: error PT0010: a decimal comma splits 'lon' into 23 and a key '07'; write 'lon: 23.07', with a decimal point",
        }));
    }

    [Test]
    public void A_misspelt_coordinate_is_the_required_key_misspelt_at_the_key() =>
        Assert.That(ContentModel.LoadWithLine(Vanda, 5, "location: {lta: 60.29, lon: 25.04}").Lines, Is.EqualTo(new[]
        {
            "partners/huddinge/vanda.md:5:12: error PT0005: unknown key 'lta': did you mean the required key 'lat'?",
        }));

    [Test]
    public void A_key_of_digits_in_a_location_that_follows_no_whole_coordinate_is_still_a_decimal_comma() =>
        Assert.That(ContentModel.LoadWithLine(Vanda, 5, "location: {lat: 60.29,5, lon: 25.04}").Lines, Is.EqualTo(new[]
        {
            "partners/huddinge/vanda.md:5:23: error PT0010: '5' is not a key of a position: a decimal comma splits a number in two; write lat and lon with decimal points, {lat: 58.38, lon: 12.32}",
        }));

    [TestCase("location: {lat: 123, lon: 25.04}", 17, "'lat' must be decimal degrees between -90 and 90 with a point, not '123'")]
    [TestCase("location: {lat: 60.29, lon: -181}", 29, "'lon' must be decimal degrees between -180 and 180 with a point, not '-181'")]
    [TestCase("location: {lat: 60°17′N, lon: 25.04}", 17, "'lat' must be decimal degrees between -90 and 90 with a point, not '60°17′N'")]
    [TestCase("location: {lat: .nan, lon: 25.04}", 17, "'lat' must be decimal degrees between -90 and 90 with a point, not '.nan'")]
    public void A_coordinate_out_of_range_or_not_a_number_is_reported_at_the_value(string line, int column, string message) =>
        Assert.That(ContentModel.LoadWithLine(Vanda, 5, line).Lines, Is.EqualTo(new[] { $"partners/huddinge/vanda.md:5:{column}: error PT0010: {message}" }));

    [Test]
    public void A_missing_coordinate_is_reported_at_the_location_map() =>
        Assert.That(ContentModel.LoadWithLine(Vanda, 5, "location: {lat: 60.29}").Lines, Is.EqualTo(new[]
        {
            "partners/huddinge/vanda.md:5:11: error PT0005: the required key 'lon' is missing",
        }));

    [Test]
    public void A_date_that_does_not_exist_is_invalid() =>
        Assert.That(ContentModel.LoadWithLine(Vanda, 9, "until: 2023-02-30").Lines, Is.EqualTo(new[]
        {
            "partners/huddinge/vanda.md:9:8: error PT0009: 'until' must be a year (1946) or a date (1946-05-01), not '2023-02-30'",
        }));

    [Test]
    public void A_decision_date_must_be_a_full_date() =>
        Assert.That(ContentModel.LoadWithLine("decisions/huddinge-avslutar.md", 5, "date: 2024").Lines, Is.EqualTo(new[]
        {
            "decisions/huddinge-avslutar.md:5:7: error PT0009: 'date' must be a date written YYYY-MM-DD (2024-02-12), not '2024'",
        }));

    [Test]
    public void Until_before_since_in_a_network_member_is_reported_at_until()
    {
        var model = ContentModel.LoadWithLine("networks/nordiska-vanortskedjan.md", 8, "    until: 1940");
        Assert.That(model.Lines, Is.EqualTo(new[]
        {
            "networks/nordiska-vanortskedjan.md:8:5: error PT0012: 'until' (1940) is before 'since' (1946); check the years",
        }));
    }

    [Test]
    public void Until_in_the_same_year_as_since_is_allowed_when_one_is_only_a_year()
    {
        var model = ContentModel.LoadWithLine(Vanda, 8, "since: 2024");
        Assert.That(model.Lines, Is.Empty, model.Report);
    }

    [Test]
    public void A_website_that_is_not_an_absolute_address_is_an_error_at_its_value() =>
        Assert.That(ContentModel.LoadWithLine("municipalities/huddinge.md", 5, "website: www.huddinge.se").Lines, Is.EqualTo(new[]
        {
            "municipalities/huddinge.md:5:10: error PT0017: 'website' must be an absolute http(s) address such as https://example.org/, not 'www.huddinge.se'",
        }));

    [Test]
    public void A_javascript_website_is_an_unsafe_address() =>
        Assert.That(ContentModel.LoadWithLine("municipalities/huddinge.md", 5, "website: javascript:alert(1)").Lines.Single(), Does.StartWith("municipalities/huddinge.md:5:10: error PT0016:"));

    [Test]
    public void A_mail_address_is_no_website() =>
        Assert.That(ContentModel.LoadWithLine("municipalities/huddinge.md", 5, "website: mailto:info@huddinge.se").Lines.Single(), Does.StartWith("municipalities/huddinge.md:5:10: error PT0017:"));

    [Test]
    public void An_empty_required_value_is_reported_at_the_value() =>
        Assert.That(ContentModel.LoadWithLine(Vanda, 2, "name: \"  \"").Lines, Is.EqualTo(new[]
        {
            "partners/huddinge/vanda.md:2:7: error PT0005: 'name' must not be empty",
        }));

    [Test]
    public void A_required_key_written_empty_is_missing_at_the_key() =>
        Assert.That(ContentModel.LoadWithLine(Vanda, 6, "type:").Lines, Is.EqualTo(new[]
        {
            "partners/huddinge/vanda.md:6:1: error PT0005: the required key 'type' is empty; give it a value (one of: twin-town, friendship-town, partner-town, municipal-partnership, cooperation)",
        }));

    [Test]
    public void A_misspelt_required_key_is_one_error_at_the_misspelling() =>
        Assert.That(ContentModel.LoadWithLine(Vanda, 7, "stauts: ended").Lines, Is.EqualTo(new[]
        {
            "partners/huddinge/vanda.md:7:1: error PT0005: unknown key 'stauts': did you mean the required key 'status'?",
        }));

    [Test]
    public void A_missing_required_key_that_no_unknown_key_resembles_is_missing_at_the_top()
    {
        Assert.That(ContentModel.LoadWithLine(Vanda, 7, "fas: ended").Lines, Is.EqualTo(new[]
        {
            "partners/huddinge/vanda.md:2:1: error PT0005: the required key 'status' is missing (one of: active, sporadic, dormant, ended)",
            "partners/huddinge/vanda.md:7:1: warning PT0006: unknown key 'fas' is ignored",
        }));
    }

    [Test]
    public void A_misspelt_key_whose_required_key_is_also_given_is_only_unknown() =>
        Assert.That(ContentModel.LoadWithLine(Vanda, 7, "status: ended\nstauts: ended").Lines, Is.EqualTo(new[]
        {
            "partners/huddinge/vanda.md:8:1: warning PT0006: unknown key 'stauts' is ignored; did you mean 'status'?",
        }));

    [Test]
    public void A_misspelt_required_key_of_a_network_member_is_one_error_at_the_misspelling() =>
        Assert.That(ContentModel.LoadWithLine("networks/nordiska-vanortskedjan.md", 6, "  - municipalty: vanersborg").Lines, Is.EqualTo(new[]
        {
            "networks/nordiska-vanortskedjan.md:6:5: error PT0005: unknown key 'municipalty': did you mean the required key 'municipality'?",
        }));

    [Test]
    public void A_member_that_is_not_a_map_is_reported_at_the_item()
    {
        var model = ContentModel.LoadWith("networks/nordiska-vanortskedjan.md", "---\nname: Kedjan\nkind: twinning-chain\nmembers:\n  - vanersborg\n---\n");
        Assert.That(model.Lines, Is.EqualTo(new[]
        {
            "networks/nordiska-vanortskedjan.md:5:5: error PT0008: each item of 'members' must be keys with values ({municipality: …, since: …})",
        }));
    }

    [Test]
    public void A_misspelt_key_of_a_member_is_a_warning_with_a_suggestion()
    {
        Assert.That(ContentModel.LoadWithLine("networks/nordiska-vanortskedjan.md", 8, "    roll: grundare").Lines, Is.EqualTo(new[]
        {
            "networks/nordiska-vanortskedjan.md:8:5: warning PT0006: unknown key 'roll' is ignored; did you mean 'role'?",
        }));
    }

    [Test]
    public void A_key_in_the_wrong_case_is_unknown_with_a_suggestion() =>
        Assert.That(ContentModel.LoadWithLine(Vanda, 3, "localname: Vantaa").Lines, Is.EqualTo(new[]
        {
            "partners/huddinge/vanda.md:3:1: warning PT0006: unknown key 'localname' is ignored; did you mean 'localName'?",
        }));

    [Test]
    public void A_country_file_for_an_unknown_code_is_an_error() =>
        Assert.That(ContentModel.LoadWith("countries/xx.md", "---\n---\nText.").Lines, Is.EqualTo(new[]
        {
            "countries/xx.md:1:1: error PT0001: 'xx' is not an ISO 3166-1 alpha-2 country code; name the file by its code in lower case (dk.md)",
        }));

    [Test]
    public void A_network_seat_is_checked_as_a_country_code() =>
        Assert.That(ContentModel.LoadWithLine("networks/nordiska-vanortskedjan.md", 4, "country: dk").Lines, Is.EqualTo(new[]
        {
            "networks/nordiska-vanortskedjan.md:4:10: error PT0011: 'dk' is not an ISO 3166-1 alpha-2 country code; country codes are upper case: 'DK'",
        }));

    [Test]
    public void A_decision_for_an_unknown_municipality_suggests_the_nearest() =>
        Assert.That(ContentModel.LoadWithLine("decisions/huddinge-avslutar.md", 3, "municipality: hudinge").Lines, Is.EqualTo(new[]
        {
            "decisions/huddinge-avslutar.md:3:15: error PT0013: no municipality 'hudinge': there is no file municipalities/hudinge.md; did you mean 'huddinge'?",
        }));

    [Test]
    public void A_document_with_a_windows_path_leads_out_of_assets() =>
        Assert.That(ContentModel.LoadWithLine("decisions/huddinge-avslutar.md", 12, "  - C:\\Users\\anna\\beslut.pdf").Lines, Is.EqualTo(new[]
        {
            "decisions/huddinge-avslutar.md:12:5: error PT0023: the document 'C:\\Users\\anna\\beslut.pdf' leads out of assets/; documents are files under assets/ or absolute https:// addresses",
        }));

    [Test]
    public void An_error_in_a_translation_is_reported_in_the_translation_file()
    {
        Assert.That(ContentModel.LoadWith("partners/huddinge/vanda.en.md", "---\nname: [Vantaa\n---\nText.").Lines, Is.EqualTo(new[]
        {
            "partners/huddinge/vanda.en.md:3:1: error PT0004: this is not valid YAML (While parsing a flow sequence, did not find expected ',' or ']'); check indentation, colons and quotes",
        }));
    }

    [Test]
    public void An_unclosed_brace_at_the_end_of_the_front_matter_is_an_error_not_a_crash()
    {
        using var content = new TempContent();
        // The reviewer's case: the unclosed map is followed by more keys, which YamlDotNet's scanner cannot take.
        content.With("municipalities/lund.md", "---\nname: Lund\nlocation: {lat: 55.7, lon: 13.19\nkind: municipality\n---\nText.");
        var lines = ContentModel.Load(content).Lines;
        Assert.That(lines, Has.Count.EqualTo(1));
        Assert.That(lines[0], Does.StartWith("municipalities/lund.md:").And.Contain("error PT0004: this is not valid YAML"));
    }

    [Test]
    public void A_translation_cannot_change_facts()
    {
        Assert.That(ContentModel.LoadWith("partners/huddinge/vanda.en.md", "---\nname: Vantaa\nstatus: active\nsince: 1999\n---\nText.").Lines, Is.EqualTo(new[]
        {
            "partners/huddinge/vanda.en.md:3:1: error PT0031: 'status' cannot differ between languages: set it in partners/huddinge/vanda.md only; a translation gives name, localName, region, history, summary and its own text",
            "partners/huddinge/vanda.en.md:4:1: error PT0031: 'since' cannot differ between languages: set it in partners/huddinge/vanda.md only; a translation gives name, localName, region, history, summary and its own text",
        }));
    }

    [Test]
    public void Every_problem_in_a_file_is_reported_in_one_build()
    {
        using var content = new TempContent();
        content.WithLine(Vanda, 4, "country: UK").WithLine(Vanda, 6, "type: twin-twon").WithLine(Vanda, 8, "since: 1940-talet");
        Assert.That(ContentModel.Load(content).Lines.Select(l => l[..l.IndexOf(" error", StringComparison.Ordinal)]), Is.EqualTo(new[]
        {
            "partners/huddinge/vanda.md:4:10:",
            "partners/huddinge/vanda.md:6:7:",
            "partners/huddinge/vanda.md:8:8:",
        }));
    }

    [TestCase("type: vänort", "'vänort' is not a valid value for 'type'; did you mean 'twin-town'? (values are written in English)")]
    [TestCase("type: Kommunalt partnerskap", "did you mean 'municipal-partnership'?")]
    [TestCase("status: Avslutad", "did you mean 'ended'?")]
    [TestCase("areas: [kultur, turism]", "'kultur' is not a valid value for 'areas'; did you mean 'culture'?")]
    public void A_value_written_in_Swedish_gets_its_English_name(string line, string expected)
    {
        using var content = new TempContent();
        var lineNumber = line.StartsWith("type", StringComparison.Ordinal) ? 6 : line.StartsWith("status", StringComparison.Ordinal) ? 7 : 10;
        content.WithLine(Vanda, lineNumber, line);

        Assert.That(ContentModel.Load(content).Lines, Has.Some.Contains(expected));
    }
}
