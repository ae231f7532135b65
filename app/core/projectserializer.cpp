#include "projectserializer.h"

#include "projectvalidator.h"
#include "safewriter.h"
#include "sha256.h"

// The only translation unit of annals_core that includes Boost (DESIGN.md).
#include "projectserialization_p.h"

#include "datafile.h"
#include "inputtext.h"

#include <QCoreApplication>

#include <boost/archive/archive_exception.hpp>
#include <boost/archive/basic_archive.hpp>
#include <boost/archive/impl/basic_text_iarchive.ipp>
#include <boost/archive/impl/text_iarchive_impl.ipp>

#include <istream>
#include <locale>
#include <new>
#include <sstream>
#include <string>
#include <string_view>

// BoundedTextIArchive is a new archive class: Boost's archive templates are compiled for it here.
// Through a macro because lupdate reads "template class a::b<...>" as the definition of an
// undeclared class and warns.
#define ANNALS_INSTANTIATE(...) template class __VA_ARGS__
ANNALS_INSTANTIATE(boost::archive::basic_text_iarchive<Annals::BoundedTextIArchive>);
ANNALS_INSTANTIATE(boost::archive::text_iarchive_impl<Annals::BoundedTextIArchive>);
#undef ANNALS_INSTANTIATE

namespace Annals {

namespace {

using namespace ProjectArchive;

static_assert(isValueOnly<Project> && isValueOnly<Dataset> && isValueOnly<DatasetInfo>
              && isValueOnly<Source> && isValueOnly<Series> && isValueOnly<Observation>
              && isValueOnly<KeywordTerm> && isValueOnly<DocumentCounts>
              && isValueOnly<KeywordCounts> && isValueOnly<Annotation>
              && isValueOnly<ReportTextRef> && isValueOnly<ViewState>
              && isValueOnly<TargetIndicator> && isValueOnly<Target>
              && isValueOnly<TargetOutcome> && isValueOnly<Period>,
              "model records must carry no Boost class information and never be tracked");
static_assert(isValueOnly<QString> && isValueOnly<QByteArray> && isValueOnly<QStringList>
                  && isValueOnly<QList<Observation>> && isValueOnly<QHash<QString, qint64>>
                  && isValueOnly<std::optional<double>>,
              "Qt and standard types must carry no Boost class information");

// Header lines are short; a longer one means this is not a header at all.
constexpr qsizetype maxHeaderLine = 200;
const char formatKey[] = "format";
const char writerKey[] = "written-by";
const char lengthKey[] = "payload-length";
const char checksumKey[] = "payload-sha256";

QString damaged(const QString &what)
{
    return ProjectSerializer::tr("the file is damaged: %1").arg(what);
}

// The Boost text archive header: signature, then the library version. 18 is Boost 1.74, which
// wrote the first project files; a build on a newer Boost keeps reading them.
constexpr std::string_view archiveSignature = "22 serialization::archive ";
constexpr unsigned int oldestArchiveLibrary = 18;

bool isDigits(const QByteArray &text, qsizetype maxDigits)
{
    if (text.isEmpty() || text.size() > maxDigits)
        return false;
    return std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Reads the header line by line; every line is "key: value".
class HeaderReader
{
public:
    HeaderReader(const QByteArray &bytes, const QString &fileName)
        : m_bytes(bytes), m_fileName(fileName)
    {}

    // The value of the next line, which must carry key; an Error otherwise.
    Result<QByteArray> next(const char *key, const QString &expected)
    {
        ++m_line;
        const qsizetype end = m_bytes.indexOf('\n', m_pos);
        const QByteArray prefix = QByteArray(key) + ": ";
        if (end < 0) {
            const QByteArray rest = m_bytes.mid(m_pos);
            if (rest.size() <= maxHeaderLine
                && (prefix.startsWith(rest) || rest.startsWith(prefix))) {
                return Error::atLine(m_fileName, m_line,
                                     ProjectSerializer::tr(
                                         "the file is truncated: it ends inside the header"));
            }
        }
        const QByteArray line = m_bytes.mid(m_pos, end - m_pos);
        if (end < 0 || line.size() > maxHeaderLine || !line.startsWith(prefix)) {
            return Error::atLine(m_fileName, m_line,
                                 damaged(ProjectSerializer::tr("expected a header line \"%1\"")
                                             .arg(expected)));
        }
        m_pos = end + 1;
        return line.mid(prefix.size());
    }

    int line() const { return m_line; }
    qsizetype position() const { return m_pos; }
    void start(qsizetype position)
    {
        m_pos = position;
        m_line = 1;
    }

private:
    const QByteArray &m_bytes;
    QString m_fileName;
    qsizetype m_pos = 0;
    int m_line = 0;
};

// "Annals 0.1.0" -> "0.1.0"; empty when the line is not what a writer puts there.
QString writerVersion(const QByteArray &value)
{
    const QByteArray prefix = QByteArrayLiteral("Annals ");
    if (!value.startsWith(prefix) || value.size() > prefix.size() + 64)
        return {};
    const QByteArray version = value.mid(prefix.size());
    const bool printable = std::all_of(version.begin(), version.end(),
                                       [](char c) { return c > ' ' && c < 127; });
    return printable ? QString::fromLatin1(version) : QString();
}

QByteArray header(const std::string &payload)
{
    const QByteArray data = QByteArray::fromRawData(payload.data(), qsizetype(payload.size()));
    QByteArray text = ProjectSerializer::magic() + '\n';
    text += QByteArray(formatKey) + ": " + QByteArray::number(ProjectSerializer::formatVersion)
            + '\n';
    text += QByteArray(writerKey) + ": Annals " + ProjectSerializer::appVersion().toUtf8()
            + '\n';
    text += QByteArray(lengthKey) + ": " + QByteArray::number(data.size()) + '\n';
    text += QByteArray(checksumKey) + ": "
            + Sha256::hash(data).toHex() + '\n';
    return text;
}

bool onlySpace(std::string_view text)
{
    return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

// Checks the archive's own header before Boost reads it: Boost would otherwise read a string
// length of the file's choosing in its constructor, before any of our code runs.
bool hasKnownArchiveHeader(const QByteArray &payload)
{
    const std::string_view data(payload.constData(), std::size_t(payload.size()));
    if (!data.starts_with(archiveSignature))
        return false;
    const std::size_t begin = archiveSignature.size();
    const std::size_t end = data.find(' ', begin);
    if (end == std::string_view::npos || end == begin || end - begin > 3)
        return false;
    unsigned int library = 0;
    for (std::size_t i = begin; i < end; ++i) {
        if (data[i] < '0' || data[i] > '9')
            return false;
        library = library * 10 + unsigned(data[i] - '0');
    }
    return library >= oldestArchiveLibrary
           && library <= unsigned(boost::archive::BOOST_ARCHIVE_VERSION());
}

Result<Project> loadPayload(const QByteArray &payload, qsizetype payloadStart,
                            const QString &fileName)
{
    if (!hasKnownArchiveHeader(payload))
        return Error::inFile(fileName, damaged(ProjectSerializer::tr("the data does not start with the expected "
                                                  "archive header")));
    MemoryBuffer buffer(payload);
    std::istream stream(&buffer);
    stream.imbue(std::locale::classic()); // numbers never depend on the user's locale
    FieldPath path;
    Project project;
    QString problem;
    try {
        BoundedTextIArchive archive(buffer, stream,
                                    std::uint64_t(ProjectSerializer::maxFileBytes), path);
        archive >> project;
        if (const std::string_view rest = buffer.rest(); !onlySpace(rest)) {
            const qsizetype at = payloadStart + buffer.consumed()
                                 + qsizetype(rest.find_first_not_of(" \t\r\n"));
            problem = damaged(ProjectSerializer::tr("unexpected data after the project at byte %1").arg(at));
        }
    } catch (const BoundedTextIArchive::Failure &failure) {
        problem = damaged(failure.message);
    } catch (const boost::archive::archive_exception &exception) {
        if (exception.code != boost::archive::archive_exception::input_stream_error)
            problem = damaged(QString::fromUtf8(exception.what()));
        else if (onlySpace(buffer.rest()))
            problem = damaged(ProjectSerializer::tr("the data ends before the project is complete"));
        else
            problem = damaged(ProjectSerializer::tr("unreadable value at byte %1")
                                  .arg(payloadStart + buffer.consumed()));
    } catch (const std::bad_alloc &) {
        problem = ProjectSerializer::tr("there is not enough memory to open this project");
    } catch (const std::exception &exception) {
        problem = damaged(QString::fromUtf8(exception.what()));
    }
    if (problem.isEmpty()) {
        // Well-formed is not enough: the values must be ones Annals' readers would accept.
        const Result<void> valid = ProjectValidator::check(project);
        if (valid)
            return project;
        return Error::atField(fileName, valid.error().field, valid.error().message);
    }
    return Error::atField(fileName, path.toString(), problem);
}

} // namespace

QString ProjectSerializer::appVersion()
{
    return QStringLiteral(ANNALS_VERSION);
}

QByteArray ProjectSerializer::save(const Project &project)
{
    try {
        std::ostringstream stream;
        stream.imbue(std::locale::classic());
        {
            // The archive writes its last line feed when it is destroyed.
            boost::archive::text_oarchive archive(stream);
            archive << project;
        }
        const std::string payload = stream.str();
        return header(payload)
               + QByteArray::fromRawData(payload.data(), qsizetype(payload.size()));
    } catch (const std::exception &) {
        // Only running out of memory gets here; writeFile() reports it.
        return {};
    }
}

Result<Project> ProjectSerializer::load(const QByteArray &bytes, const QString &fileName)
{
    if (bytes.isEmpty())
        return Error::inFile(fileName, ProjectSerializer::tr("the file is empty"));
    if (bytes.size() > maxFileBytes) {
        return Error::inFile(fileName, ProjectSerializer::tr("the file is %1; Annals opens project files of at "
                                          "most %2")
                                           .arg(InputText::bytes(bytes.size()),
                                                InputText::byteLimit(maxFileBytes)));
    }
    const QByteArray magicLine = magic() + '\n';
    if (!bytes.startsWith(magicLine)) {
        if (magicLine.startsWith(bytes))
            return Error::atLine(fileName, 1,
                                 ProjectSerializer::tr(
                                     "the file is truncated: it ends inside the header"));
        return Error::inFile(fileName, ProjectSerializer::tr("not an Annals project file"));
    }

    HeaderReader reader(bytes, fileName);
    reader.start(magicLine.size());
    Result<QByteArray> format = reader.next(formatKey, QStringLiteral("format: <number>"));
    if (!format)
        return format.error();
    if (!isDigits(format.value(), 9) || format.value().toInt() < 1) {
        return Error::atLine(fileName, reader.line(),
                             damaged(ProjectSerializer::tr("expected a header line \"%1\"")
                                         .arg(QStringLiteral("format: <number>"))));
    }
    // Lines 1 to 3 keep their meaning in every format, so a newer file can be named here.
    Result<QByteArray> writer = reader.next(writerKey, QStringLiteral("written-by: Annals "
                                                                      "<version>"));
    const QString writtenBy = writer ? writerVersion(writer.value()) : QString();
    if (const int version = format.value().toInt(); version > formatVersion) {
        return Error::inFile(fileName, ProjectSerializer::tr("written by Annals %1 (format %2); this version of "
                                          "Annals opens format ≤ %3")
                                           .arg(writtenBy.isEmpty() ? ProjectSerializer::tr("(unknown version)")
                                                                    : writtenBy)
                                           .arg(version)
                                           .arg(formatVersion));
    }
    if (!writer)
        return writer.error();
    if (writtenBy.isEmpty()) {
        return Error::atLine(fileName, reader.line(),
                             damaged(ProjectSerializer::tr("expected a header line \"%1\"")
                                         .arg(QStringLiteral("written-by: Annals "
                                                             "<version>"))));
    }
    Result<QByteArray> length = reader.next(lengthKey, QStringLiteral("payload-length: "
                                                                      "<bytes>"));
    if (!length)
        return length.error();
    if (!isDigits(length.value(), 12)) {
        return Error::atLine(fileName, reader.line(),
                             damaged(ProjectSerializer::tr("expected a header line \"%1\"")
                                         .arg(QStringLiteral("payload-length: <bytes>"))));
    }
    Result<QByteArray> checksum = reader.next(checksumKey, QStringLiteral("payload-sha256: "
                                                                          "<64 hex digits>"));
    if (!checksum)
        return checksum.error();
    const QByteArray &sha256 = checksum.value();
    if (sha256.size() != 64
        || !std::all_of(sha256.begin(), sha256.end(), [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
           })) {
        return Error::atLine(fileName, reader.line(),
                             damaged(ProjectSerializer::tr("expected a header line \"%1\"")
                                         .arg(QStringLiteral("payload-sha256: <64 hex "
                                                             "digits>"))));
    }

    const qsizetype start = reader.position();
    const qint64 expected = length.value().toLongLong();
    const qint64 present = bytes.size() - start;
    if (present < expected) {
        return Error::inFile(fileName, ProjectSerializer::tr("the file is truncated: expected %1 bytes of data, "
                                          "found %2")
                                           .arg(expected)
                                           .arg(present));
    }
    if (present > expected) {
        return Error::inFile(fileName, damaged(ProjectSerializer::tr("%1 unexpected bytes follow the data")
                                                   .arg(present - expected)));
    }
    const QByteArray payload = QByteArray::fromRawData(bytes.constData() + start, present);
    if (Sha256::hash(payload).toHex() != sha256)
        return Error::inFile(fileName, damaged(ProjectSerializer::tr("checksum mismatch")));
    return loadPayload(payload, start, fileName);
}

Result<Project> ProjectSerializer::readFile(const QString &path)
{
    const Result<QByteArray> bytes = readDataFile(path, maxFileBytes);
    if (!bytes)
        return bytes.error();
    return load(bytes.value(), path);
}

Result<void> ProjectSerializer::writeFile(const Project &project, const QString &path)
{
    // Never write what load() would refuse: the analyst could not open it again.
    if (const Result<void> valid = ProjectValidator::check(project); !valid) {
        return Error::atField(path, valid.error().field,
                              ProjectSerializer::tr("not saved: %1").arg(valid.error().message));
    }
    const QByteArray bytes = save(project);
    if (bytes.isEmpty())
        return Error::inFile(path, ProjectSerializer::tr("there is not enough memory to save this project"));
    if (bytes.size() > maxFileBytes) {
        const qint64 mebibyte = 1024 * 1024;
        return Error::inFile(path, ProjectSerializer::tr("the project needs %1 MiB; Annals saves project files of "
                                      "at most %2 MiB (embedded report texts take the most room)")
                                       .arg((bytes.size() + mebibyte - 1) / mebibyte)
                                       .arg(maxFileBytes / mebibyte));
    }
    return SafeWriter::writeFile(path, bytes);
}

} // namespace Annals
