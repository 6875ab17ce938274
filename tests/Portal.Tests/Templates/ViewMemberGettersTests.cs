using System.Reflection;
using Portal.Pages.Views;
using Portal.Templates;
using Portal.Templates.Compiled;
using Scriban.Runtime;

namespace Portal.Tests.Templates;

/// <summary>
/// Compiled templates read the models' members through getters compiled ahead of time; each must be found by the name
/// Scriban gives the member and read that member. (That whole pages come out the same is CompiledTemplateTests' work.)
/// </summary>
public sealed class ViewMemberGettersTests
{
    [Test]
    public void A_member_is_read_by_the_name_templates_use()
    {
        var link = new LinkView("../sv/", "Svenska", "sv");
        Assert.Multiple(() =>
        {
            Assert.That(ViewMemberGetters.Of(typeof(LinkView), "href")?.Invoke(link), Is.EqualTo("../sv/"));
            Assert.That(ViewMemberGetters.Of(typeof(LinkView), "text")?.Invoke(link), Is.EqualTo("Svenska"));
            Assert.That(ViewMemberGetters.Of(typeof(LinkView), "lang")?.Invoke(link), Is.EqualTo("sv"));
            Assert.That(ViewMemberGetters.Of(typeof(AlternateView), "absolute_url")?.Invoke(new AlternateView("en", "../en/", "https://example.org/en/", "English", IsCurrent: true)), Is.EqualTo("https://example.org/en/"));
            Assert.That(ViewMemberGetters.Of(typeof(AlternateView), "is_current")?.Invoke(new AlternateView("en", "../en/", "https://example.org/en/", "English", IsCurrent: true)), Is.EqualTo(true));
        });
    }

    [Test]
    public void A_name_that_is_no_member_and_a_type_that_is_no_model_have_no_getter()
    {
        Assert.Multiple(() =>
        {
            Assert.That(ViewMemberGetters.Of(typeof(LinkView), "Href"), Is.Null, "the .NET name is not the template's");
            Assert.That(ViewMemberGetters.Of(typeof(LinkView), "url"), Is.Null);
            Assert.That(ViewMemberGetters.Of(typeof(string), "size"), Is.Null, "a string's members are Scriban's");
            Assert.That(ViewMemberGetters.Of(typeof(List<LinkView>), "count"), Is.Null);
        });
    }

    [Test]
    public void Every_member_of_every_model_a_template_can_reach_has_a_getter()
    {
        // Walked from the page model and the views, as a template reaches them: a member without a getter would be
        // read by reflection again, unseen.
        var types = ModelTypes().ToList();
        Assert.That(types, Does.Contain(typeof(RelationshipView)).And.Contain(typeof(LinkView)).And.Contain(typeof(AlternateView)));
        var missing = new List<string>();
        foreach (var type in types)
        {
            foreach (var member in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0).Cast<MemberInfo>()
                .Concat(type.GetFields(BindingFlags.Public | BindingFlags.Instance)))
            {
                if (ViewMemberGetters.Of(type, StandardMemberRenamer.Rename(member)) is null)
                {
                    missing.Add($"{type.Name}.{member.Name}");
                }
            }
        }

        Assert.That(missing, Is.Empty);
    }

    private static IEnumerable<Type> ModelTypes()
    {
        var seen = new HashSet<Type>();
        var queue = new Queue<Type>(typeof(PageView).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(PageView))).Append(typeof(PageModel)));
        while (queue.TryDequeue(out var type))
        {
            if (!seen.Add(type))
            {
                continue;
            }

            yield return type;
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                foreach (var reached in Reached(property.PropertyType).Where(t => t.Namespace?.StartsWith("Portal", StringComparison.Ordinal) == true && !t.IsEnum))
                {
                    queue.Enqueue(reached);
                }
            }
        }
    }

    /// <summary>A member's type and, for a list or a nullable, the types it holds.</summary>
    private static IEnumerable<Type> Reached(Type type) =>
        type.IsGenericType ? type.GetGenericArguments().SelectMany(Reached).Append(type) : [type];
}
