#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Annals {

/*!
 * \brief Reads typed fields out of JSON objects and remembers the first problem, with the
 * field's path ("series[2].observations[0].year") and what was expected.
 *
 * After the first problem every getter returns an empty value, so a reader can fetch several
 * fields and check failed() once.
 */
class JsonFieldReader
{
    Q_DECLARE_TR_FUNCTIONS(Annals::JsonFieldReader)

public:
    explicit JsonFieldReader(QString fileName) : m_fileName(std::move(fileName)) {}

    /// Parses \a bytes as a JSON object; syntax errors carry line and column.
    static Result<QJsonObject> parseObject(const QByteArray &bytes, const QString &fileName);

    QString string(const QJsonObject &object, const QString &key, const QString &path,
                   bool required = false);
    std::optional<double> number(const QJsonObject &object, const QString &key,
                                 const QString &path, bool required = false);
    std::optional<int> integer(const QJsonObject &object, const QString &key,
                               const QString &path, bool required = false);
    QJsonArray array(const QJsonObject &object, const QString &key, const QString &path,
                     bool required = false);
    QJsonObject object(const QJsonObject &object, const QString &key, const QString &path,
                       bool required = false);
    /// A whole number from 0 to 2^53; \a field names it in the error.
    qint64 nonNegativeInteger(const QJsonValue &value, const QString &field);
    /// Whether nonNegativeInteger() takes \a value: for callers that name a field only when
    /// there is a problem with it.
    static bool isNonNegativeInteger(const QJsonValue &value);
    QStringList stringList(const QJsonObject &object, const QString &key, const QString &path);
    /// Element \a index of \a array as an object.
    QJsonObject objectAt(const QJsonArray &array, int index, const QString &path);

    /// Records a problem found by the caller (ignored when one is already recorded).
    void fail(const QString &path, const QString &message);

    bool failed() const { return m_error.has_value(); }
    const Error &error() const { return *m_error; }

    static QString join(const QString &path, const QString &key);
    static QString join(const QString &path, int index);

private:
    QJsonValue fetch(const QJsonObject &object, const QString &key, const QString &path,
                     bool required);

    QString m_fileName;
    std::optional<Error> m_error;
};

} // namespace Annals
