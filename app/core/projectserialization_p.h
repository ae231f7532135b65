#pragma once

// Private to projectserializer.cpp: how each part of a Project is written to and read from a
// Boost text archive. resources/project-format.md describes the result.
//
// Rules that keep crafted files harmless (DESIGN.md, RECIPE.md §11):
// - Everything is saved by value: no pointer, no shared_ptr ever goes through an archive
//   (Boost's pointer loading overflows the heap on a 52-byte file).
// - Every type is object_serializable + track_never, so Boost writes no class id, tracking
//   or version bytes that a file could forge; each model record writes its own version first.
// - Loading runs on BoundedTextIArchive only; every count and length is checked there.
//
// To change a record: bump its version constant, write the new field, and read it on load
// only when the record's version is new enough, e.g.
//     const unsigned int version = recordVersion(ar, "Source", sourceVersion);
//     ...
//     if (version >= 2)
//         ar & field("license", source.license);
// so that every older file keeps opening. Keep the golden file of each released format.

#include "boundedtextiarchive_p.h"
#include "project.h"
#include "projectserializer.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringDecoder>

#include <boost/archive/text_oarchive.hpp>
#include <boost/serialization/level.hpp>
#include <boost/serialization/nvp.hpp>
#include <boost/serialization/split_free.hpp>
#include <boost/serialization/string.hpp>
#include <boost/serialization/tracking.hpp>

#include <algorithm>
#include <bit>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace Annals::ProjectArchive {

using OArchive = boost::archive::text_oarchive;
using IArchive = BoundedTextIArchive;

// Current version of each record. Change one only together with a per-field branch (above).
constexpr unsigned int projectVersion = 1;
constexpr unsigned int datasetVersion = 2; // 2: targetIndicators, targets, periods
constexpr unsigned int datasetInfoVersion = 1;
constexpr unsigned int sourceVersion = 1;
constexpr unsigned int seriesVersion = 2; // 2: breaks
constexpr unsigned int observationVersion = 1;
constexpr unsigned int keywordTermVersion = 1;
constexpr unsigned int documentCountsVersion = 2; // 2: notes
constexpr unsigned int keywordCountsVersion = 1;
constexpr unsigned int annotationVersion = 1;
constexpr unsigned int reportTextRefVersion = 1;
constexpr unsigned int viewStateVersion = 3; // 2: brushed range, stop-list, plans, targets;
                                             // 3: chart layouts
constexpr unsigned int chartLayoutVersion = 1;
constexpr unsigned int targetIndicatorVersion = 1;
constexpr unsigned int targetVersion = 1;
constexpr unsigned int targetOutcomeVersion = 1;
constexpr unsigned int periodVersion = 1;

template<class T>
const boost::serialization::nvp<T> field(const char *name, T &value)
{
    return boost::serialization::make_nvp(name, value);
}

// Writes the record's version, or reads it and refuses versions this build does not know.
template<class Archive>
unsigned int recordVersion(Archive &ar, const char *record, unsigned int current)
{
    unsigned int version = current;
    ar & field("version", version);
    if constexpr (Archive::is_loading::value) {
        if (version < 1 || version > current) {
            ar.failAt("version", ProjectSerializer::tr("unknown %1 version %2; this version of Annals reads %1 "
                                    "version %3 and older")
                                     .arg(QString::fromLatin1(record))
                                     .arg(version)
                                     .arg(current));
        }
    }
    return version;
}

// Enums travel as unsigned numbers; on load anything past the last enumerator is refused.
template<class Archive, class Enum>
void enumField(Archive &ar, const char *name, Enum &value, Enum last)
{
    unsigned int number = static_cast<unsigned int>(value);
    ar & field(name, number);
    if constexpr (Archive::is_loading::value) {
        if (number > static_cast<unsigned int>(last))
            ar.failAt(name, ProjectSerializer::tr("unknown value %1").arg(number));
        value = static_cast<Enum>(number);
    }
}

// A double travels as its IEEE 754 bit pattern: decimal text would lose NaN and infinities,
// and libstdc++ refuses to read subnormal numbers back.
inline void saveValue(OArchive &ar, const double &value)
{
    ar << std::bit_cast<std::uint64_t>(value);
}

inline void loadValue(IArchive &ar, double &value)
{
    std::uint64_t bits = 0;
    ar >> bits;
    value = std::bit_cast<double>(bits);
}

template<class T>
void saveValue(OArchive &ar, const T &value)
{
    ar << value;
}

template<class T>
void loadValue(IArchive &ar, T &value)
{
    ar >> value;
}

} // namespace Annals::ProjectArchive


// Qt and standard types: value-only, so Boost writes no class information for them either.
namespace Annals::ProjectArchive {

struct ValueOnlyLevel
{
    typedef boost::mpl::integral_c_tag tag;
    typedef boost::mpl::int_<boost::serialization::object_serializable> type;
    BOOST_STATIC_CONSTANT(int, value = type::value);
};

struct NeverTracked
{
    typedef boost::mpl::integral_c_tag tag;
    typedef boost::mpl::int_<boost::serialization::track_never> type;
    BOOST_STATIC_CONSTANT(int, value = type::value);
};

template<class T>
constexpr bool isValueOnly = boost::serialization::implementation_level<T>::value
                                 == boost::serialization::object_serializable
                             && boost::serialization::tracking_level<T>::value
                                    == boost::serialization::track_never;

} // namespace Annals::ProjectArchive

namespace boost::serialization {

template<>
struct implementation_level_impl<const QString> : Annals::ProjectArchive::ValueOnlyLevel
{};
template<>
struct tracking_level<QString> : Annals::ProjectArchive::NeverTracked
{};
template<>
struct implementation_level_impl<const QByteArray> : Annals::ProjectArchive::ValueOnlyLevel
{};
template<>
struct tracking_level<QByteArray> : Annals::ProjectArchive::NeverTracked
{};
template<class T>
struct implementation_level_impl<const QList<T>> : Annals::ProjectArchive::ValueOnlyLevel
{};
template<class T>
struct tracking_level<QList<T>> : Annals::ProjectArchive::NeverTracked
{};
template<class V>
struct implementation_level_impl<const QHash<QString, V>>
    : Annals::ProjectArchive::ValueOnlyLevel
{};
template<class V>
struct tracking_level<QHash<QString, V>> : Annals::ProjectArchive::NeverTracked
{};
template<class T>
struct implementation_level_impl<const std::optional<T>>
    : Annals::ProjectArchive::ValueOnlyLevel
{};
template<class T>
struct tracking_level<std::optional<T>> : Annals::ProjectArchive::NeverTracked
{};

// QString: UTF-8 bytes; the length is checked by BoundedTextIArchive::loadText().
template<class Archive>
void serialize(Archive &ar, QString &text, const unsigned int version)
{
    split_free(ar, text, version);
}

inline void save(Annals::ProjectArchive::OArchive &ar, const QString &text, unsigned int)
{
    const std::string utf8 = text.toStdString();
    ar << utf8;
}

inline void load(Annals::ProjectArchive::IArchive &ar, QString &text, unsigned int)
{
    // Decoded straight from the payload: no copy of the bytes on the way. QString::fromUtf8()
    // drops a leading byte order mark, so a text that starts with U+FEFF would lose one on
    // every save and open (fuzz_project_structured found it); a decoder told to keep it reads
    // those texts (only those: it allocates even for an empty text).
    const std::string_view utf8 = ar.loadText();
    const QByteArrayView bytes(utf8.data(), qsizetype(utf8.size()));
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
        text = decoder(bytes);
    } else {
        text = QString::fromUtf8(bytes);
    }
}

// QByteArray: Base64, so that window geometry and state keep the archive printable text.
template<class Archive>
void serialize(Archive &ar, QByteArray &bytes, const unsigned int version)
{
    split_free(ar, bytes, version);
}

inline void save(Annals::ProjectArchive::OArchive &ar, const QByteArray &bytes, unsigned int)
{
    const std::string base64 = bytes.toBase64().toStdString();
    ar << base64;
}

inline void load(Annals::ProjectArchive::IArchive &ar, QByteArray &bytes, unsigned int)
{
    const std::string_view base64 = ar.loadText();
    QByteArray::FromBase64Result decoded
        = QByteArray::fromBase64Encoding(QByteArray::fromRawData(base64.data(),
                                                                 qsizetype(base64.size())),
                                         QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        ar.fail(Annals::ProjectSerializer::tr("expected Base64 data"));
    bytes = std::move(decoded.decoded);
}

// QList: a count, then the items.
template<class Archive, class T>
void serialize(Archive &ar, QList<T> &list, const unsigned int version)
{
    split_free(ar, list, version);
}

template<class T>
void save(Annals::ProjectArchive::OArchive &ar, const QList<T> &list, unsigned int)
{
    const std::uint64_t count = std::uint64_t(list.size());
    ar << count;
    for (const T &item : list)
        Annals::ProjectArchive::saveValue(ar, item);
}

template<class T>
void load(Annals::ProjectArchive::IArchive &ar, QList<T> &list, unsigned int)
{
    std::uint64_t count = 0;
    ar >> count;
    ar.checkCount(count, sizeof(T));
    list.clear();
    // checkCount() has charged the whole list against the memory limit, so it can be
    // allocated at once: growing it item by item would copy it and reach twice the size.
    list.reserve(qsizetype(count));
    for (std::uint64_t i = 0; i < count; ++i) {
        T item{};
        ar.enterIndex(i);
        Annals::ProjectArchive::loadValue(ar, item);
        ar.leave();
        list.append(std::move(item));
    }
}

// QHash with text keys: a count, then key and value pairs sorted by key, so that the same
// project always gives the same bytes (QHash's own order changes from run to run).
template<class Archive, class V>
void serialize(Archive &ar, QHash<QString, V> &hash, const unsigned int version)
{
    split_free(ar, hash, version);
}

template<class V>
void save(Annals::ProjectArchive::OArchive &ar, const QHash<QString, V> &hash, unsigned int)
{
    QStringList keys = hash.keys();
    std::sort(keys.begin(), keys.end());
    const std::uint64_t count = std::uint64_t(keys.size());
    ar << count;
    for (const QString &key : std::as_const(keys)) {
        Annals::ProjectArchive::saveValue(ar, key);
        Annals::ProjectArchive::saveValue(ar, hash.value(key));
    }
}

template<class V>
void load(Annals::ProjectArchive::IArchive &ar, QHash<QString, V> &hash, unsigned int)
{
    std::uint64_t count = 0;
    ar >> count;
    // A node holds key and value; the table adds two to four bytes of index per entry and
    // keeps some nodes in reserve.
    ar.checkCount(count, sizeof(QString) + sizeof(V) + 8);
    hash.clear();
    // Charged in full by checkCount(); reserved at once, since every time a QHash grows it
    // hashes every key again (about half the time a large hash took to load).
    hash.reserve(qsizetype(count));
    for (std::uint64_t i = 0; i < count; ++i) {
        QString key;
        V value{};
        ar.enterIndex(i);
        Annals::ProjectArchive::loadValue(ar, key);
        Annals::ProjectArchive::loadValue(ar, value);
        // A second value for a key would silently replace the first. One lookup: the key is
        // shared, not copied, and the size tells whether it was new.
        const qsizetype size = hash.size();
        hash.emplace(key, std::move(value));
        if (hash.size() == size)
            ar.fail(Annals::ProjectSerializer::tr("\"%1\" appears twice").arg(key));
        ar.leave();
    }
}

// std::optional: a presence flag (0 or 1), then the value when present.
template<class Archive, class T>
void serialize(Archive &ar, std::optional<T> &optional, const unsigned int version)
{
    split_free(ar, optional, version);
}

template<class T>
void save(Annals::ProjectArchive::OArchive &ar, const std::optional<T> &optional, unsigned int)
{
    const bool present = optional.has_value();
    ar << present;
    if (present)
        Annals::ProjectArchive::saveValue(ar, *optional);
}

template<class T>
void load(Annals::ProjectArchive::IArchive &ar, std::optional<T> &optional, unsigned int)
{
    bool present = false;
    ar >> present;
    if (!present) {
        optional.reset();
        return;
    }
    T value{};
    Annals::ProjectArchive::loadValue(ar, value);
    optional = std::move(value);
}

} // namespace boost::serialization

// The model: every struct is a record that starts with its own version. The structured binding
// at the top of each function names every member of the struct, so a member added later stops
// this file from compiling until it is saved here too.
namespace Annals::ProjectArchive {

template<class Archive>
void serialize(Archive &ar, Source &source, const unsigned int)
{
    [[maybe_unused]] auto &[id, title, publisher, url, date] = source;
    recordVersion(ar, "Source", sourceVersion);
    ar & field("id", source.id) & field("title", source.title)
        & field("publisher", source.publisher) & field("url", source.url)
        & field("date", source.date);
}

template<class Archive>
void serialize(Archive &ar, Observation &observation, const unsigned int)
{
    [[maybe_unused]] auto &[year, value, vintage, reportedGrowthPct, sourceId, note, flags]
        = observation;
    recordVersion(ar, "Observation", observationVersion);
    ar & field("year", observation.year) & field("value", observation.value);
    enumField(ar, "vintage", observation.vintage, Vintage::Revised);
    ar & field("reportedGrowthPct", observation.reportedGrowthPct)
        & field("sourceId", observation.sourceId) & field("note", observation.note)
        & field("flags", observation.flags);
}

template<class Archive>
void serialize(Archive &ar, Series &series, const unsigned int)
{
    [[maybe_unused]] auto &[id, nameEn, nameZh, unit, kind, description, observations, breaks]
        = series;
    const unsigned int version = recordVersion(ar, "Series", seriesVersion);
    ar & field("id", series.id) & field("nameEn", series.nameEn)
        & field("nameZh", series.nameZh) & field("unit", series.unit);
    enumField(ar, "kind", series.kind, SeriesKind::Count);
    ar & field("description", series.description)
        & field("observations", series.observations);
    if (version >= 2)
        ar & field("breaks", series.breaks);
}

template<class Archive>
void serialize(Archive &ar, KeywordTerm &term, const unsigned int)
{
    [[maybe_unused]] auto &[text, gloss, members, color] = term;
    recordVersion(ar, "KeywordTerm", keywordTermVersion);
    ar & field("term", term.term) & field("gloss", term.gloss) & field("members", term.members)
        & field("color", term.color);
}

template<class Archive>
void serialize(Archive &ar, DocumentCounts &document, const unsigned int)
{
    [[maybe_unused]] auto &[year, name, sha256, language, baseUnits, counts, notes] = document;
    const unsigned int version = recordVersion(ar, "DocumentCounts", documentCountsVersion);
    ar & field("year", document.year) & field("document", document.document)
        & field("sha256", document.sha256) & field("language", document.language)
        & field("baseUnits", document.baseUnits) & field("counts", document.counts);
    if (version >= 2)
        ar & field("notes", document.notes);
}

template<class Archive>
void serialize(Archive &ar, KeywordCounts &keywords, const unsigned int)
{
    [[maybe_unused]] auto &[rule, generator, vocabulary, documents] = keywords;
    recordVersion(ar, "KeywordCounts", keywordCountsVersion);
    ar & field("rule", keywords.rule) & field("generator", keywords.generator)
        & field("vocabulary", keywords.vocabulary) & field("documents", keywords.documents);
}

template<class Archive>
void serialize(Archive &ar, DatasetInfo &info, const unsigned int)
{
    [[maybe_unused]] auto &[id, title, country, description, compiledBy, compiled, caveats]
        = info;
    recordVersion(ar, "DatasetInfo", datasetInfoVersion);
    ar & field("id", info.id) & field("title", info.title) & field("country", info.country)
        & field("description", info.description) & field("compiledBy", info.compiledBy)
        & field("compiled", info.compiled) & field("caveats", info.caveats);
}

template<class Archive>
void serialize(Archive &ar, TargetIndicator &indicator, const unsigned int)
{
    [[maybe_unused]] auto &[id, nameEn, nameZh, unit, kind, description] = indicator;
    recordVersion(ar, "TargetIndicator", targetIndicatorVersion);
    ar & field("id", indicator.id) & field("nameEn", indicator.nameEn)
        & field("nameZh", indicator.nameZh) & field("unit", indicator.unit);
    enumField(ar, "kind", indicator.kind, SeriesKind::Count);
    ar & field("description", indicator.description);
}

template<class Archive>
void serialize(Archive &ar, TargetOutcome &outcome, const unsigned int)
{
    [[maybe_unused]] auto &[vintage, value, source, note] = outcome;
    recordVersion(ar, "TargetOutcome", targetOutcomeVersion);
    enumField(ar, "vintage", outcome.vintage, OutcomeVintage::Revised);
    if constexpr (Archive::is_loading::value)
        loadValue(ar, outcome.value);
    else
        saveValue(ar, outcome.value);
    ar & field("source", outcome.source) & field("note", outcome.note);
}

template<class Archive>
void serialize(Archive &ar, Target &target, const unsigned int)
{
    [[maybe_unused]] auto &[indicatorId, year, kind, low, high, phrase, source, note, outcomes]
        = target;
    recordVersion(ar, "Target", targetVersion);
    ar & field("indicatorId", target.indicatorId) & field("year", target.year);
    enumField(ar, "kind", target.kind, TargetKind::Range);
    ar & field("low", target.low) & field("high", target.high)
        & field("phrase", target.phrase) & field("source", target.source)
        & field("note", target.note) & field("outcomes", target.outcomes);
}

template<class Archive>
void serialize(Archive &ar, Period &period, const unsigned int)
{
    [[maybe_unused]] auto &[plan, nameEn, nameZh, firstYear, lastYear, rdIntensityTargetPct,
                            targetSource, note]
        = period;
    recordVersion(ar, "Period", periodVersion);
    ar & field("plan", period.plan) & field("nameEn", period.nameEn)
        & field("nameZh", period.nameZh) & field("firstYear", period.firstYear)
        & field("lastYear", period.lastYear)
        & field("rdIntensityTargetPct", period.rdIntensityTargetPct)
        & field("targetSource", period.targetSource) & field("note", period.note);
}

template<class Archive>
void serialize(Archive &ar, Dataset &dataset, const unsigned int)
{
    [[maybe_unused]] auto &[info, sources, series, keywords, targetIndicators, targets,
                            periods]
        = dataset;
    const unsigned int version = recordVersion(ar, "Dataset", datasetVersion);
    ar & field("info", dataset.info) & field("sources", dataset.sources)
        & field("series", dataset.series) & field("keywords", dataset.keywords);
    if (version >= 2)
        ar & field("targetIndicators", dataset.targetIndicators)
            & field("targets", dataset.targets) & field("periods", dataset.periods);
}

template<class Archive>
void serialize(Archive &ar, Annotation &annotation, const unsigned int)
{
    [[maybe_unused]] auto &[firstYear, lastYear, label, note, color] = annotation;
    recordVersion(ar, "Annotation", annotationVersion);
    ar & field("firstYear", annotation.firstYear) & field("lastYear", annotation.lastYear)
        & field("label", annotation.label) & field("note", annotation.note)
        & field("color", annotation.color);
}

template<class Archive>
void serialize(Archive &ar, ReportTextRef &text, const unsigned int)
{
    [[maybe_unused]] auto &[path, fileName, year, language, encoding, sha256, size, embedded]
        = text;
    recordVersion(ar, "ReportTextRef", reportTextRefVersion);
    ar & field("path", text.path) & field("fileName", text.fileName) & field("year", text.year)
        & field("language", text.language) & field("encoding", text.encoding)
        & field("sha256", text.sha256) & field("size", text.size)
        & field("embeddedText", text.embeddedText);
}

template<class Archive>
void serialize(Archive &ar, ChartLayout &chart, const unsigned int)
{
    [[maybe_unused]] auto &[kind, title, columnIds, mode, baseYear] = chart;
    recordVersion(ar, "ChartLayout", chartLayoutVersion);
    ar & field("kind", chart.kind) & field("title", chart.title)
        & field("columnIds", chart.columnIds);
    enumField(ar, "mode", chart.mode, FigureTransform::Mode::ChangeFromPrevious);
    ar & field("baseYear", chart.baseYear);
}

template<class Archive>
void serialize(Archive &ar, ViewState &view, const unsigned int)
{
    [[maybe_unused]] auto &[firstYear, lastYear, selectedYear, shownKeywords, keywordMeasure,
                            hiddenPlots, shownOptionalPlots, logarithmic, windowGeometry,
                            windowState, brushFirstYear, brushLastYear, stopList,
                            showPlanPeriods, judgeRevisedOutcomes, targetTolerance, charts]
        = view;
    const unsigned int version = recordVersion(ar, "ViewState", viewStateVersion);
    ar & field("firstYear", view.firstYear) & field("lastYear", view.lastYear)
        & field("selectedYear", view.selectedYear) & field("shownKeywords", view.shownKeywords);
    enumField(ar, "keywordMeasure", view.keywordMeasure, KeywordMeasure::RelativeChange);
    ar & field("hiddenPlots", view.hiddenPlots)
        & field("shownOptionalPlots", view.shownOptionalPlots)
        & field("logarithmic", view.logarithmic) & field("windowGeometry", view.windowGeometry)
        & field("windowState", view.windowState);
    if (version >= 2) {
        ar & field("brushFirstYear", view.brushFirstYear)
            & field("brushLastYear", view.brushLastYear) & field("stopList", view.stopList)
            & field("showPlanPeriods", view.showPlanPeriods)
            & field("judgeRevisedOutcomes", view.judgeRevisedOutcomes);
        if constexpr (Archive::is_loading::value)
            loadValue(ar, view.targetTolerance);
        else
            saveValue(ar, view.targetTolerance);
    }
    if (version >= 3)
        ar & field("charts", view.charts);
}

template<class Archive>
void serialize(Archive &ar, Project &project, const unsigned int)
{
    [[maybe_unused]] auto &[dataset, texts, annotations, view] = project;
    recordVersion(ar, "Project", projectVersion);
    ar & field("dataset", project.dataset) & field("texts", project.texts)
        & field("annotations", project.annotations) & field("view", project.view);
}

} // namespace Annals::ProjectArchive

namespace Annals {
// Boost finds serialize() by argument-dependent lookup, i.e. in the model's own namespace.
using ProjectArchive::serialize;
} // namespace Annals

BOOST_CLASS_IMPLEMENTATION(Annals::Project, boost::serialization::object_serializable)
BOOST_CLASS_TRACKING(Annals::Project, boost::serialization::track_never)
BOOST_CLASS_IMPLEMENTATION(Annals::Dataset, boost::serialization::object_serializable)
BOOST_CLASS_TRACKING(Annals::Dataset, boost::serialization::track_never)
BOOST_CLASS_IMPLEMENTATION(Annals::DatasetInfo, boost::serialization::object_serializable)
BOOST_CLASS_TRACKING(Annals::DatasetInfo, boost::serialization::track_never)
BOOST_CLASS_IMPLEMENTATION(Annals::Source, boost::serialization::object_serializable)
BOOST_CLASS_TRACKING(Annals::Source, boost::serialization::track_never)
BOOST_CLASS_IMPLEMENTATION(Annals::Series, boost::serialization::object_serializable)
BOOST_CLASS_TRACKING(Annals::Series, boost::serialization::track_never)
BOOST_CLASS_IMPLEMENTATION(Annals::Observation, boost::serialization::object_serializable)
BOOST_CLASS_TRACKING(Annals::Observation, boost::serialization::track_never)
BOOST_CLASS_IMPLEMENTATION(Annals::KeywordTerm, boost::serialization::object_serializable)
BOOST_CLASS_TRACKING(Annals::KeywordTerm, boost::serialization::track_never)
BOOST_CLASS_IMPLEMENTATION(Annals::DocumentCounts, boost::serialization::object_serializable)
BOOST_CLASS_TRACKING(Annals::DocumentCounts, boost::serialization::track_never)
BOOST_CLASS_IMPLEMENTATION(Annals::KeywordCounts, boost::serialization::object_serializable)
BOOST_CLASS_TRACKING(Annals::KeywordCounts, boost::serialization::track_never)
BOOST_CLASS_IMPLEMENTATION(Annals::Annotation, boost::serialization::object_serializable)
BOOST_CLASS_TRACKING(Annals::Annotation, boost::serialization::track_never)
BOOST_CLASS_IMPLEMENTATION(Annals::ReportTextRef, boost::serialization::object_serializable)
BOOST_CLASS_TRACKING(Annals::ReportTextRef, boost::serialization::track_never)
BOOST_CLASS_IMPLEMENTATION(Annals::ChartLayout, boost::serialization::object_serializable)
BOOST_CLASS_TRACKING(Annals::ChartLayout, boost::serialization::track_never)
BOOST_CLASS_IMPLEMENTATION(Annals::ViewState, boost::serialization::object_serializable)
BOOST_CLASS_TRACKING(Annals::ViewState, boost::serialization::track_never)
BOOST_CLASS_IMPLEMENTATION(Annals::TargetIndicator, boost::serialization::object_serializable)
BOOST_CLASS_TRACKING(Annals::TargetIndicator, boost::serialization::track_never)
BOOST_CLASS_IMPLEMENTATION(Annals::Target, boost::serialization::object_serializable)
BOOST_CLASS_TRACKING(Annals::Target, boost::serialization::track_never)
BOOST_CLASS_IMPLEMENTATION(Annals::TargetOutcome, boost::serialization::object_serializable)
BOOST_CLASS_TRACKING(Annals::TargetOutcome, boost::serialization::track_never)
BOOST_CLASS_IMPLEMENTATION(Annals::Period, boost::serialization::object_serializable)
BOOST_CLASS_TRACKING(Annals::Period, boost::serialization::track_never)
