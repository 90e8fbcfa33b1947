// Web only (frontend/CMakeLists.txt): two functions of the C library replaced by smaller ones, so
// that musl's scanf and its floating-point reader (__floatscan: about 11 KB of code, 5 KB brotli on
// every first visit) are not linked into trellis.wasm.
// - sscanf: its only callers are Dear ImGui's .ini readers (window and table settings). Trellis has
//   no .ini file (io.IniFilename is null, and no settings are loaded from memory), so they never
//   run; should they, this one matches nothing, as on a line that says nothing.
// - atof: SDL reads its mouse speed hints with it (never set on the web). This one reads what a
//   hint holds: a sign, digits, a decimal point and an exponent.
// The desktop build keeps the C library's own.

extern "C" int sscanf(const char* /*text*/, const char* /*format*/, ...)
{
    return 0;
}

extern "C" double atof(const char* text)
{
    while (*text == ' ' || *text == '\t')
        text++;
    const double sign = *text == '-' ? -1.0 : 1.0;
    if (*text == '-' || *text == '+')
        text++;
    double value = 0.0;
    for (; *text >= '0' && *text <= '9'; text++)
        value = value * 10.0 + (*text - '0');
    if (*text == '.')
        for (double scale = 0.1; *++text >= '0' && *text <= '9'; scale *= 0.1)
            value += (*text - '0') * scale;
    if (*text == 'e' || *text == 'E')
    {
        text++;
        const bool down = *text == '-';
        if (*text == '-' || *text == '+')
            text++;
        int exponent = 0;
        for (; *text >= '0' && *text <= '9' && exponent < 400; text++)
            exponent = exponent * 10 + (*text - '0');
        for (; exponent > 0; exponent--)
            value = down ? value / 10.0 : value * 10.0;
    }
    return sign * value;
}
