#pragma once

#include "error.h"

#include <QtGlobal>

#include <optional>
#include <utility>
#include <variant>

namespace Annals {

/*!
 * \brief Either a value or the Error that prevented producing it.
 *
 * Readers return Result<T> instead of throwing, so no exception crosses a library boundary.
 */
template <typename T>
class Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    // Asking a failure for its value, or a success for its error, is a caller's bug.
    const T &value() const &
    {
        Q_ASSERT_X(ok(), "Result::value", "the result is an error");
        return std::get<T>(m_data);
    }
    T &value() &
    {
        Q_ASSERT_X(ok(), "Result::value", "the result is an error");
        return std::get<T>(m_data);
    }
    T &&value() &&
    {
        Q_ASSERT_X(ok(), "Result::value", "the result is an error");
        return std::get<T>(std::move(m_data));
    }

    const Error &error() const
    {
        Q_ASSERT_X(!ok(), "Result::error", "the result is a success");
        return std::get<Error>(m_data);
    }

private:
    std::variant<T, Error> m_data;
};

/// A result without a value: success, or the Error that prevented it.
template <>
class Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }

    /// Only on failure: asking a success for its error is a caller's bug.
    const Error &error() const
    {
        Q_ASSERT(m_error.has_value());
        return *m_error;
    }

private:
    std::optional<Error> m_error;
};

} // namespace Annals
