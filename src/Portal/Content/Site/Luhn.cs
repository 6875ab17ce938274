namespace Portal.Content.Site;

/// <summary>The Luhn check (mod 10) that the last digit of a Swedish organisation or personal number is.</summary>
public static class Luhn
{
    /// <summary>
    /// Whether the last of <paramref name="digits"/> is the check digit of the others: from the right, every second
    /// digit doubled (its digits summed), and the sum of all a multiple of ten.
    /// </summary>
    public static bool IsValid(string digits)
    {
        if (digits.Length == 0 || !digits.All(char.IsAsciiDigit))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var digit = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 1)
            {
                digit *= 2;
                digit = digit > 9 ? digit - 9 : digit;
            }

            sum += digit;
        }

        return sum % 10 == 0;
    }
}
