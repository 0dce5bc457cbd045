#include "core/jsonata/datetime_picture.h"

#include "core/jsonata/value_format.h"

namespace asl::jsonata {
namespace {

std::string DefaultPresentation(char32_t component) {
  switch (component) {
    case 'Y':
    case 'M':
    case 'D':
    case 'd':
    case 'W':
    case 'w':
    case 'X':
    case 'x':
    case 'H':
    case 'h':
    case 'f':
      return "1";
    case 'F':
    case 'P':
    case 'C':
    case 'E':
      return "n";
    case 'm':
    case 's':
      return "01";
    case 'Z':
    case 'z':
      return "01:01";
    default:
      return "";
  }
}

}  // namespace

std::optional<std::vector<PicturePart>> AnalysePicture(std::string_view picture_utf8,
                                                       Error* error) {
  const std::u32string picture = ToCodePoints(picture_utf8);
  std::vector<PicturePart> parts;
  auto add_literal = [&](size_t start, size_t end) {
    if (end <= start) return;
    std::u32string lit = picture.substr(start, end - start);
    std::u32string out;
    for (size_t i = 0; i < lit.size(); ++i) {
      out += lit[i];
      if (lit[i] == U']' && i + 1 < lit.size() && lit[i + 1] == U']') ++i;
    }
    PicturePart p;
    p.text = FromCodePoints(out);
    parts.push_back(std::move(p));
  };
  size_t start = 0, pos = 0;
  while (pos < picture.size()) {
    if (picture[pos] == U'[') {
      if (pos + 1 < picture.size() && picture[pos + 1] == U'[') {
        add_literal(start, pos);
        PicturePart p;
        p.text = "[";
        parts.push_back(std::move(p));
        pos += 2;
        start = pos;
        continue;
      }
      add_literal(start, pos);
      start = pos;
      pos = picture.find(U']', start);
      if (pos == std::u32string::npos) {
        *error = MakeError("D3135");
        return std::nullopt;
      }
      std::u32string marker;
      for (char32_t c : picture.substr(start + 1, pos - start - 1)) {
        if (c != U' ' && c != U'\t' && c != U'\n' && c != U'\r') marker += c;
      }
      PicturePart def;
      def.literal = false;
      def.component = marker.empty() ? 0 : marker[0];
      std::u32string pres;
      size_t comma = marker.rfind(U',');
      if (comma != std::u32string::npos) {
        std::string width = FromCodePoints(marker.substr(comma + 1));
        size_t dash = width.find('-');
        auto parse_width = [](const std::string& w) -> std::optional<int> {
          if (w.empty() || w == "*") return std::nullopt;
          // Widths beyond any sensible date field are capped (they only pad with zeros).
          return static_cast<int>(Clamp(std::atof(w.c_str()), 0, 1000));
        };
        if (dash == std::string::npos) {
          def.width_min = parse_width(width);
        } else {
          def.width_min = parse_width(width.substr(0, dash));
          def.width_max = parse_width(width.substr(dash + 1));
        }
        pres = marker.substr(1, comma - 1);
      } else {
        pres = marker.size() > 1 ? marker.substr(1) : U"";
      }
      if (pres.size() == 1) {
        def.presentation1 = FromCodePoints(pres);
      } else if (pres.size() > 1) {
        char32_t last = pres.back();
        if (last == U'a' || last == U't' || last == U'c' || last == U'o') {
          def.presentation2 = std::string(1, static_cast<char>(last));
          def.ordinal = last == U'o';
          def.presentation1 = FromCodePoints(pres.substr(0, pres.size() - 1));
        } else {
          def.presentation1 = FromCodePoints(pres);
        }
      } else {
        def.presentation1 = DefaultPresentation(def.component);
      }
      if (def.presentation1.empty()) {
        *error = MakeError("D3132", -1, {},
                           "\"" + FromCodePoints(std::u32string(1, def.component)) + "\"");
        return std::nullopt;
      }
      const std::u32string kIntegerComponents = U"YMDdFWwXxHhmsf";
      if (def.presentation1[0] == 'n') {
        def.names = PicturePart::Names::kLower;
      } else if (def.presentation1[0] == 'N') {
        def.names = def.presentation1.size() > 1 && def.presentation1[1] == 'n'
                        ? PicturePart::Names::kTitle
                        : PicturePart::Names::kUpper;
      } else if (kIntegerComponents.find(def.component) != std::u32string::npos) {
        std::string pattern = def.presentation1;
        if (!def.presentation2.empty()) pattern += ";" + def.presentation2;
        def.integer = AnalyseIntegerPicture(ToCodePoints(pattern), error);
        if (!def.integer) return std::nullopt;
        if (def.width_min && def.integer->mandatory_digits < *def.width_min) {
          def.integer->mandatory_digits = *def.width_min;
        }
        if (def.component == U'Y') {
          def.n = -1;
          if (def.width_max) {
            def.n = *def.width_max;
            def.integer->mandatory_digits = def.n;
          } else {
            int w = def.integer->mandatory_digits + def.integer->optional_digits;
            if (w >= 2) def.n = w;
          }
        }
        if (!parts.empty() && parts.back().integer) {
          parts.back().integer->parse_width = parts.back().integer->mandatory_digits;
        }
      }
      if (def.component == U'Z' || def.component == U'z') {
        def.integer = AnalyseIntegerPicture(ToCodePoints(def.presentation1), error);
        if (!def.integer) return std::nullopt;
      }
      parts.push_back(std::move(def));
      start = pos + 1;
    }
    ++pos;
  }
  add_literal(start, pos);
  return parts;
}

std::string CaseName(std::string name, PicturePart::Names names) {
  if (names == PicturePart::Names::kUpper) {
    for (char& c : name) c = static_cast<char>(toupper(static_cast<unsigned char>(c)));
  } else if (names == PicturePart::Names::kLower) {
    for (char& c : name) c = static_cast<char>(tolower(static_cast<unsigned char>(c)));
  }
  return name;
}

}  // namespace asl::jsonata
