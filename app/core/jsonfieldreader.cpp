#include "jsonfieldreader.h"

#include "datafile.h"

#include <QCoreApplication>

#include <cmath>

namespace Annals {

namespace {

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return JsonFieldReader::tr("null");
    case QJsonValue::Bool:
        return JsonFieldReader::tr("a true/false value");
    case QJsonValue::Double:
        return JsonFieldReader::tr("a number");
    case QJsonValue::String:
        return JsonFieldReader::tr("a string");
    case QJsonValue::Array:
        return JsonFieldReader::tr("a list");
    case QJsonValue::Object:
        return JsonFieldReader::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return JsonFieldReader::tr("nothing");
}

} // namespace

Result<QJsonObject> JsonFieldReader::parseObject(const QByteArray &bytes,
                                                 const QString &fileName)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumnAt(bytes, parseError.offset);
        return Error::atColumn(fileName, line, column,
                               tr("not valid JSON: %1").arg(parseError.errorString()));
    }
    if (!document.isObject())
        return Error::inFile(fileName, tr("expected a JSON object at the top level"));
    return document.object();
}

QString JsonFieldReader::join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString JsonFieldReader::join(const QString &path, int index)
{
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

void JsonFieldReader::fail(const QString &path, const QString &message)
{
    if (m_error)
        return;
    m_error = Error::atField(m_fileName, path, message);
}

QJsonValue JsonFieldReader::fetch(const QJsonObject &object, const QString &key,
                                  const QString &path, bool required)
{
    if (m_error)
        return {};
    const QJsonValue value = object.value(key);
    if (required && (value.isUndefined() || value.isNull()))
        fail(join(path, key), tr("this required field is missing"));
    return value;
}

QString JsonFieldReader::string(const QJsonObject &object, const QString &key,
                                const QString &path, bool required)
{
    const QJsonValue value = fetch(object, key, path, required);
    if (value.isString())
        return value.toString();
    if (!value.isUndefined() && !value.isNull())
        fail(join(path, key), tr("expected a string, found %1").arg(typeName(value)));
    return {};
}

std::optional<double> JsonFieldReader::number(const QJsonObject &object, const QString &key,
                                              const QString &path, bool required)
{
    const QJsonValue value = fetch(object, key, path, required);
    if (value.isDouble())
        return value.toDouble();
    if (!value.isUndefined() && !value.isNull())
        fail(join(path, key), tr("expected a number, found %1").arg(typeName(value)));
    return std::nullopt;
}

std::optional<int> JsonFieldReader::integer(const QJsonObject &object, const QString &key,
                                            const QString &path, bool required)
{
    const std::optional<double> value = number(object, key, path, required);
    if (!value)
        return std::nullopt;
    if (std::trunc(*value) != *value || std::abs(*value) > 1e9) {
        fail(join(path, key), tr("expected a whole number, found %1").arg(*value));
        return std::nullopt;
    }
    return int(*value);
}

QJsonArray JsonFieldReader::array(const QJsonObject &object, const QString &key,
                                  const QString &path, bool required)
{
    const QJsonValue value = fetch(object, key, path, required);
    if (value.isArray())
        return value.toArray();
    if (!value.isUndefined() && !value.isNull())
        fail(join(path, key), tr("expected a list, found %1").arg(typeName(value)));
    return {};
}

QJsonObject JsonFieldReader::object(const QJsonObject &object, const QString &key,
                                    const QString &path, bool required)
{
    const QJsonValue value = fetch(object, key, path, required);
    if (value.isObject())
        return value.toObject();
    if (!value.isUndefined() && !value.isNull())
        fail(join(path, key), tr("expected an object, found %1").arg(typeName(value)));
    return {};
}

qint64 JsonFieldReader::nonNegativeInteger(const QJsonValue &value, const QString &field)
{
    if (m_error)
        return 0;
    if (!isNonNegativeInteger(value)) {
        fail(field, tr("expected a non-negative integer"));
        return 0;
    }
    return qint64(value.toDouble());
}

bool JsonFieldReader::isNonNegativeInteger(const QJsonValue &value)
{
    const double number = value.toDouble(-1);
    return value.isDouble() && number >= 0 && number <= 9007199254740992.0
           && std::floor(number) == number;
}

QStringList JsonFieldReader::stringList(const QJsonObject &object, const QString &key,
                                        const QString &path)
{
    const QJsonArray values = array(object, key, path);
    QStringList result;
    for (int i = 0; i < values.size() && !m_error; ++i) {
        if (values.at(i).isString())
            result.append(values.at(i).toString());
        else
            fail(join(join(path, key), i),
                 tr("expected a string, found %1").arg(typeName(values.at(i))));
    }
    return result;
}

QJsonObject JsonFieldReader::objectAt(const QJsonArray &array, int index, const QString &path)
{
    if (m_error)
        return {};
    const QJsonValue value = array.at(index);
    if (!value.isObject()) {
        fail(join(path, index), tr("expected an object, found %1").arg(typeName(value)));
        return {};
    }
    return value.toObject();
}

} // namespace Annals
