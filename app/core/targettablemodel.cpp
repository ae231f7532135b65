#include "targettablemodel.h"

namespace Annals {

namespace {

QVariant sortNumber(std::optional<double> value)
{
    return value ? QVariant(*value) : QVariant();
}

} // namespace

TargetTableModel::TargetTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void TargetTableModel::setDataset(const Dataset &dataset)
{
    beginResetModel();
    m_dataset.targetIndicators = dataset.targetIndicators;
    m_dataset.targets = dataset.targets;
    m_dataset.periods = dataset.periods;
    evaluateAll();
    endResetModel();
}

void TargetTableModel::setEvaluator(const TargetEvaluator &evaluator)
{
    m_evaluator = evaluator;
    evaluateAll();
    if (!m_evaluations.isEmpty())
        Q_EMIT dataChanged(index(0, Outcome), index(rowCount() - 1, Gap));
}

void TargetTableModel::evaluateAll()
{
    m_evaluations.clear();
    m_evaluations.reserve(m_dataset.targets.size());
    for (const Target &target : std::as_const(m_dataset.targets))
        m_evaluations.append(m_evaluator.evaluate(target));
}

QString TargetTableModel::unitOf(const QString &id) const
{
    const TargetIndicator *indicator = m_dataset.targetIndicator(id);
    return indicator ? indicator->unit : QString();
}

QString TargetTableModel::targetText(const Target &target) const
{
    return target.wording(unitOf(target.indicatorId));
}

QString TargetTableModel::summary(const QString &indicatorId) const
{
    int met = 0;
    int near = 0;
    int missed = 0;
    int pending = 0;
    for (int row = 0; row < m_dataset.targets.size(); ++row) {
        if (m_dataset.targets.at(row).indicatorId != indicatorId)
            continue;
        switch (m_evaluations.at(row).status) {
        case TargetStatus::Met:
            ++met;
            break;
        case TargetStatus::Near:
            ++near;
            break;
        case TargetStatus::Missed:
            ++missed;
            break;
        case TargetStatus::Pending:
            ++pending;
            break;
        case TargetStatus::NoTarget:
            break;
        }
    }
    // Judged targets only: years without a target or an outcome are counted apart.
    const int judged = met + near + missed;
    QString text = tr("%1: %2 of %n targets met", nullptr, judged)
                       .arg(m_dataset.targetIndicatorName(indicatorId), QString::number(met));
    if (near > 0)
        text += tr(", %n near", nullptr, near);
    text += tr(", %n missed", nullptr, missed);
    if (pending > 0)
        text += tr(", %n pending", nullptr, pending);
    return text;
}

int TargetTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_dataset.targets.size());
}

int TargetTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TargetTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Target &target = m_dataset.targets.at(index.row());
    const TargetEvaluation &evaluation = m_evaluations.at(index.row());
    const std::optional<double> outcome = evaluation.outcomeValue();
    switch (role) {
    case IndicatorIdRole:
        return target.indicatorId;
    case YearRole:
        return target.year;
    case StatusRole:
        return targetStatusId(evaluation.status);
    case Qt::ToolTipRole:
        if (index.column() == Phrase || index.column() == Source || index.column() == Status)
            return target.note.isEmpty() ? target.phrase : target.note;
        return {};
    case Qt::DisplayRole:
    case SortRole:
        break;
    default:
        return {};
    }
    const bool sorting = role == SortRole;
    switch (Column(index.column())) {
    case Indicator:
        return m_dataset.targetIndicatorName(target.indicatorId);
    case Year:
        return sorting ? QVariant(target.year) : QVariant(QString::number(target.year));
    case TargetText:
        return sorting ? sortNumber(target.low ? target.low : target.high)
                       : QVariant(targetText(target));
    case Outcome:
        return sorting ? sortNumber(outcome) : QVariant(targetNumberText(outcome));
    case Vintage:
        return evaluation.outcome ? outcomeVintageLabel(evaluation.outcome->vintage) : QString();
    case Status:
        return targetStatusLabel(evaluation.status);
    case Gap:
        return sorting ? sortNumber(evaluation.gap) : QVariant(targetNumberText(evaluation.gap));
    case Phrase:
        return target.phrase;
    case Source:
        return target.source;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant TargetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Indicator:
        return tr("Indicator");
    case Year:
        return tr("Year");
    case TargetText:
        return tr("Target");
    case Outcome:
        return tr("Outcome");
    case Vintage:
        return tr("Release");
    case Status:
        return tr("Status");
    case Gap:
        return tr("Gap");
    case Phrase:
        return tr("Target phrase");
    case Source:
        return tr("Source");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Annals
