// -g: the DIE tree as assembler directives, as clang writes it: each DIE's
// shape (tag, children or not, attributes and their forms) once in
// .debug_abbrev, numbered; then the DIEs in .debug_info, each its shape's
// number followed by its values (DWARF 5 section 7.5). Every line says in a
// comment what it encodes.
#include <map>
#include <set>
#include <tuple>

#include "codegen/debug_info.h"
#include "lexer/literals.h"

namespace minicc {
namespace debug {
namespace {

std::string_view tagName(Tag tag) {
  switch (tag) {
    case Tag::ArrayType: return "DW_TAG_array_type";
    case Tag::Enumerator: return "DW_TAG_enumerator";
    case Tag::Typedef: return "DW_TAG_typedef";
    case Tag::EnumerationType: return "DW_TAG_enumeration_type";
    case Tag::SubrangeType: return "DW_TAG_subrange_type";
    case Tag::ConstType: return "DW_TAG_const_type";
    case Tag::VolatileType: return "DW_TAG_volatile_type";
    case Tag::FormalParameter: return "DW_TAG_formal_parameter";
    case Tag::LexicalBlock: return "DW_TAG_lexical_block";
    case Tag::PointerType: return "DW_TAG_pointer_type";
    case Tag::CompileUnit: return "DW_TAG_compile_unit";
    case Tag::SubroutineType: return "DW_TAG_subroutine_type";
    case Tag::UnspecifiedParameters: return "DW_TAG_unspecified_parameters";
    case Tag::BaseType: return "DW_TAG_base_type";
    case Tag::Subprogram: return "DW_TAG_subprogram";
    case Tag::Variable: return "DW_TAG_variable";
    case Tag::Member: return "DW_TAG_member";
    case Tag::StructureType: return "DW_TAG_structure_type";
    case Tag::UnionType: return "DW_TAG_union_type";
  }
  return "DW_TAG_?";
}

std::string_view attributeName(Attribute a) {
  switch (a) {
    case Attribute::Count: return "DW_AT_count";
    case Attribute::ConstValue: return "DW_AT_const_value";
    case Attribute::Location: return "DW_AT_location";
    case Attribute::Name: return "DW_AT_name";
    case Attribute::ByteSize: return "DW_AT_byte_size";
    case Attribute::StmtList: return "DW_AT_stmt_list";
    case Attribute::LowPc: return "DW_AT_low_pc";
    case Attribute::HighPc: return "DW_AT_high_pc";
    case Attribute::Language: return "DW_AT_language";
    case Attribute::CompDir: return "DW_AT_comp_dir";
    case Attribute::Producer: return "DW_AT_producer";
    case Attribute::Prototyped: return "DW_AT_prototyped";
    case Attribute::DeclFile: return "DW_AT_decl_file";
    case Attribute::DeclLine: return "DW_AT_decl_line";
    case Attribute::Encoding: return "DW_AT_encoding";
    case Attribute::External: return "DW_AT_external";
    case Attribute::FrameBase: return "DW_AT_frame_base";
    case Attribute::Type: return "DW_AT_type";
    case Attribute::DataMemberLocation: return "DW_AT_data_member_location";
    case Attribute::Declaration: return "DW_AT_declaration";
  }
  return "DW_AT_?";
}

std::string_view formName(Form f) {
  switch (f) {
    case Form::Addr: return "DW_FORM_addr";
    case Form::Data2: return "DW_FORM_data2";
    case Form::Data4: return "DW_FORM_data4";
    case Form::String: return "DW_FORM_string";
    case Form::Data1: return "DW_FORM_data1";
    case Form::Udata: return "DW_FORM_udata";
    case Form::Sdata: return "DW_FORM_sdata";
    case Form::Ref4: return "DW_FORM_ref4";
    case Form::SecOffset: return "DW_FORM_sec_offset";
    case Form::Exprloc: return "DW_FORM_exprloc";
    case Form::FlagPresent: return "DW_FORM_flag_present";
  }
  return "DW_FORM_?";
}

// A DIE's shape: what its abbreviation declares.
using Shape = std::tuple<Tag, bool, std::vector<std::pair<Attribute, Form>>>;

Shape shapeOf(const Die& die) {
  std::vector<std::pair<Attribute, Form>> attributes;
  for (const auto& [attribute, value] : die.attributes) attributes.emplace_back(attribute, value.form);
  return {die.tag, !die.children.empty(), std::move(attributes)};
}

class UnitPrinter {
 public:
  UnitPrinter(const Unit& unit, ListingNames& names, AsmWriter& out)
      : unit_(unit), names_(names), out_(out) {}

  void print() {
    numberShapes(0);
    declareFiles();
    abbreviations();
    info();
    out_.directive(".section", ".debug_line,\"\",@progbits");
    Label lines;
    lines.kind = Label::Kind::LineTable;
    names_.label(lines, out_);
    out_.labelEnd();
  }

 private:
  void line(std::string_view directive, int64_t value, std::string_view comment) {
    out_.begin(directive);
    out_.operand();
    out_.putInt(value);
    if (!comment.empty()) out_.trailingComment(comment);
    out_.end();
  }

  void dieLabel(int die) {
    out_.put(".Ldebug_info_die");
    out_.putInt(die);
  }

  // Shapes are numbered in the order the DIEs are printed, from 1.
  void numberShapes(int die) {
    Shape shape = shapeOf(unit_.dies[die]);
    if (!codes_.count(shape)) {
      codes_[shape] = static_cast<int>(shapes_.size()) + 1;
      shapes_.push_back(shape);
    }
    for (const auto& [attribute, value] : unit_.dies[die].attributes)
      if (value.form == Form::Ref4) referenced_.insert(static_cast<int>(value.number));
    for (int child : unit_.dies[die].children) numberShapes(child);
  }

  // Files named by DW_AT_decl_file get their .file lines before any section changes.
  void declareFiles() {
    for (const Die& die : unit_.dies)
      for (const auto& [attribute, value] : die.attributes)
        if (!value.file.empty()) names_.fileNumber(value.file);
  }

  void abbreviations() {
    out_.directive(".section", ".debug_abbrev,\"\",@progbits");
    for (size_t i = 0; i < shapes_.size(); ++i) {
      const auto& [tag, children, attributes] = shapes_[i];
      line(".uleb128", static_cast<int64_t>(i + 1), "Abbreviation Code");
      line(".uleb128", static_cast<int64_t>(tag), tagName(tag));
      line(".byte", children ? 1 : 0, children ? "DW_CHILDREN_yes" : "DW_CHILDREN_no");
      for (const auto& [attribute, form] : attributes) {
        line(".uleb128", static_cast<int64_t>(attribute), attributeName(attribute));
        line(".uleb128", static_cast<int64_t>(form), formName(form));
      }
      line(".byte", 0, "EOM(1)");
      line(".byte", 0, "EOM(2)");
    }
    line(".byte", 0, "EOM(3)");
  }

  // The unit header of DWARF 5 section 7.5.1.1, then the DIEs.
  void info() {
    out_.directive(".section", ".debug_info,\"\",@progbits");
    out_.label(".Lcu_begin0");
    out_.begin(".long");
    out_.operand();
    out_.put(".Ldebug_info_end0-.Ldebug_info_start0");
    out_.trailingComment("Length of Unit");
    out_.end();
    out_.label(".Ldebug_info_start0");
    line(".short", 5, "DWARF version number");
    line(".byte", 1, "DWARF Unit Type (DW_UT_compile)");
    line(".byte", 8, "Address Size (in bytes)");
    out_.begin(".long");
    out_.operand();
    out_.put(".debug_abbrev");
    out_.trailingComment("Offset Into Abbrev. Section");
    out_.end();
    die(0);
    out_.label(".Ldebug_info_end0");
  }

  void die(int index) {
    const Die& d = unit_.dies[index];
    if (referenced_.count(index)) {
      dieLabel(index);
      out_.labelEnd();
    }
    line(".uleb128", codes_.at(shapeOf(d)), "Abbrev [" + std::to_string(codes_.at(shapeOf(d))) +
                                                "] " + std::string(tagName(d.tag)));
    for (const auto& [attribute, value] : d.attributes) this->value(attribute, value);
    for (int child : d.children) die(child);
    if (!d.children.empty()) line(".byte", 0, "End Of Children Mark");
  }

  void value(Attribute attribute, const Value& v) {
    const std::string_view comment = attributeName(attribute);
    switch (v.form) {
      case Form::FlagPresent:
        return;  // present is all it says: no bytes
      case Form::Data1:
        line(".byte", static_cast<int64_t>(v.number), comment);
        return;
      case Form::Data2:
        line(".short", static_cast<int64_t>(v.number), comment);
        return;
      case Form::Sdata:
        line(".sleb128", static_cast<int64_t>(v.number), comment);
        return;
      case Form::Udata:
        line(".uleb128",
             v.file.empty() ? static_cast<int64_t>(v.number) : names_.fileNumber(v.file), comment);
        return;
      case Form::String:
        out_.begin(".asciz");
        out_.operand();
        out_.put('"');
        out_.put(escapeForAssembler(v.text));
        out_.put('"');
        out_.trailingComment(comment);
        out_.end();
        return;
      case Form::Ref4:
        out_.begin(".long");
        out_.operand();
        dieLabel(static_cast<int>(v.number));
        out_.put("-.Lcu_begin0");
        out_.trailingComment(comment);
        out_.end();
        return;
      case Form::Addr:
      case Form::SecOffset:
      case Form::Data4:
        out_.begin(v.form == Form::Addr ? ".quad" : ".long");
        out_.operand();
        if (v.address) {
          names_.label(*v.address, out_);
          if (v.start) {
            out_.put('-');
            names_.label(*v.start, out_);
          }
        } else {
          out_.putInt(static_cast<int64_t>(v.number));
        }
        out_.trailingComment(comment);
        out_.end();
        return;
      case Form::Exprloc: {
        const int size = static_cast<int>(v.bytes.size()) + (v.address ? 8 : 0);
        line(".uleb128", size, comment);
        for (uint8_t byte : v.bytes) line(".byte", byte, {});
        if (v.address) {
          out_.begin(".quad");
          out_.operand();
          names_.label(*v.address, out_);
          out_.end();
        }
        return;
      }
    }
  }

  const Unit& unit_;
  ListingNames& names_;
  AsmWriter& out_;
  std::map<Shape, int> codes_;
  std::vector<Shape> shapes_;
  std::set<int> referenced_;
};

}  // namespace

void printUnit(const Unit& unit, ListingNames& names, AsmWriter& out) {
  UnitPrinter(unit, names, out).print();
}

}  // namespace debug
}  // namespace minicc
