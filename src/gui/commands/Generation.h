// One counter per kind of request whose answer may come too late: a new
// request (or a reset) takes a new ticket, and an answer is shown only while
// its ticket is still current. Replaces counters compared by hand.
//
//   const Generation::Ticket t = m_devicesGen.next();
//   onFinished(this, client->listDevices(app), [this, t](auto r) {
//       if (!t.isCurrent()) return;   // a newer load (or a reset) came since
//       …
//   });
#pragma once

#include <QtGlobal>

#include <memory>

namespace dwb::gui {

class Generation {
public:
    class Ticket {
    public:
        Ticket() = default;
        // False once the Generation has moved on (or is gone).
        bool isCurrent() const
        {
            const auto counter = m_counter.lock();
            return counter && *counter == m_value;
        }

    private:
        friend class Generation;
        Ticket(std::weak_ptr<const quint64> counter, quint64 value)
            : m_counter(std::move(counter)), m_value(value) {}
        std::weak_ptr<const quint64> m_counter;
        quint64 m_value = 0;
    };

    // A new request: every ticket handed out before is stale.
    Ticket next()
    {
        ++*m_counter;
        return current();
    }
    // Makes every ticket handed out so far stale.
    void invalidate() { ++*m_counter; }
    // The ticket of the request under way (still current until next()/invalidate()).
    Ticket current() const { return Ticket(m_counter, *m_counter); }

private:
    std::shared_ptr<quint64> m_counter = std::make_shared<quint64>(0);
};

} // namespace dwb::gui
