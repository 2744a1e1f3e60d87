#include "DeferredIcon.h"

#include <QIconEngine>
#include <QPainter>

#include <memory>

namespace {

class DeferredIconEngine : public QIconEngine
{
public:
    explicit DeferredIconEngine(std::function<QIcon()> factory)
        : m_state(std::make_shared<State>())
    {
        m_state->factory = std::move(factory);
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        icon().paint(painter, rect, Qt::AlignCenter, mode, state);
    }
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().pixmap(size, mode, state);
    }
    QPixmap scaledPixmap(
        const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        return icon().pixmap(size, scale, mode, state);
    }
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().actualSize(size, mode, state);
    }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return icon().availableSizes(mode, state);
    }
    QString key() const override { return QStringLiteral("DeferredIconEngine"); }
    // isNull() keeps the base answer (not null), so asking does not make the icon.
    // Copies share what was made, so an icon copied before its first use is still made once.
    QIconEngine *clone() const override { return new DeferredIconEngine(*this); }

private:
    struct State
    {
        std::function<QIcon()> factory;
        QIcon icon;
        bool made = false;
    };

    const QIcon &icon()
    {
        if (!m_state->made) {
            m_state->made = true;
            m_state->icon = m_state->factory();
            m_state->factory = nullptr;
        }
        return m_state->icon;
    }

    std::shared_ptr<State> m_state;
};

} // namespace

namespace DeferredIcon {

QIcon make(std::function<QIcon()> factory)
{
    return QIcon(new DeferredIconEngine(std::move(factory)));
}

QIcon fromFile(const QString &path)
{
    return make([path] { return QIcon(path); });
}

} // namespace DeferredIcon
